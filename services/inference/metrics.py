"""Prometheus metrics of a worker, in their own registry (several workers may share a process
in tests, and the products' metrics stay apart)."""

from __future__ import annotations

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    ProcessCollector,
    generate_latest,
)

from services.inference import Priority
from services.inference.device import memory_bytes
from services.inference.scheduler import Scheduler, SchedulerHooks

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256)


class WorkerMetrics(SchedulerHooks):
    """Scheduler hooks that count requests, batches and latencies."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        ProcessCollector(registry=self.registry)
        self.requests = Counter(
            "deskmate_inference_requests",
            "Requests finished",
            ["model", "priority"],
            registry=self.registry,
        )
        self.errors = Counter(
            "deskmate_inference_errors",
            "Requests that failed in the model",
            ["model", "priority"],
            registry=self.registry,
        )
        self.inputs = Counter(
            "deskmate_inference_inputs",
            "Inputs queued",
            ["model", "priority"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "deskmate_inference_latency_seconds",
            "Time from submit to answer",
            ["model", "priority"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.batch_size = Histogram(
            "deskmate_inference_batch_size",
            "Inputs per executed batch",
            ["model"],
            buckets=BATCH_BUCKETS,
            registry=self.registry,
        )
        self.batch_seconds = Histogram(
            "deskmate_inference_batch_seconds",
            "Execution time of one batch",
            ["model"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.queue_depth = Gauge(
            "deskmate_inference_queue_depth",
            "Inputs waiting",
            ["model", "priority"],
            registry=self.registry,
        )
        self.loaded = Gauge(
            "deskmate_inference_model_loaded",
            "1 when the model is loaded",
            ["model", "device"],
            registry=self.registry,
        )
        self.device_memory = Gauge(
            "deskmate_inference_device_memory_bytes",
            "CUDA allocated/reserved bytes on a GPU worker, process RSS on a CPU one",
            ["device", "kind"],
            registry=self.registry,
        )

    def submitted(self, model: str, priority: Priority, inputs: int) -> None:
        self.inputs.labels(model, priority.name.lower()).inc(inputs)

    def batch_done(self, model: str, size: int, seconds: float) -> None:
        self.batch_size.labels(model).observe(size)
        self.batch_seconds.labels(model).observe(seconds)

    def finished(self, model: str, priority: Priority, seconds: float, ok: bool) -> None:
        label = priority.name.lower()
        self.requests.labels(model, label).inc()
        self.latency.labels(model, label).observe(seconds)
        if not ok:
            self.errors.labels(model, label).inc()

    def render(self, scheduler: Scheduler) -> bytes:
        """The exposition text, with the gauges read from ``scheduler`` now."""
        depths = scheduler.queue_depths()
        for model in scheduler.model_names:
            for priority in Priority:
                self.queue_depth.labels(model, priority.name.lower()).set(
                    depths.get((model, priority), 0)
                )
        for info in scheduler.models():
            if info.device:
                self.loaded.labels(info.name, info.device).set(1 if info.loaded else 0)
        for kind, value in memory_bytes(scheduler.device).items():
            self.device_memory.labels(scheduler.device, kind).set(value)
        return generate_latest(self.registry)
