"""Saving and reading job definitions: a new version row whenever the definition changes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from screening.errors import NotFound
from screening.jobdef import JobDef, job_to_plain, parse_job_text, validate_job_data
from screening.models import ScreeningAudit, ScreeningJob, ScreeningJobVersion


@dataclass(frozen=True)
class Saved:
    job_id: str
    version: int
    changed: bool  # False when the file matched the current version


def save_job(session: Session, text: str, *, source: str = "<job>", actor: str = "cli") -> Saved:
    """Validate a YAML/JSON job file and store it (a new version if it differs).

    Raises:
        JobFileError: with each problem's line and field.
    """
    job, data = parse_job_text(text, source)
    return _save(session, job, job_to_plain(data), text, actor)


def _save(session: Session, job: JobDef, spec: dict, text: str, actor: str) -> Saved:
    row = session.get(ScreeningJob, job.id, with_for_update=True)
    if row is None:
        row = ScreeningJob(id=job.id, title=job.title, current_version=0)
        session.add(row)
        session.flush()
    else:
        current = _version_row(session, job.id, row.current_version)
        if current.spec == spec:
            return Saved(job.id, row.current_version, False)
    row.current_version += 1
    row.title = job.title
    session.add(
        ScreeningJobVersion(
            job_id=job.id, version=row.current_version, spec=spec, source=text, created_by=actor
        )
    )
    session.add(
        ScreeningAudit(
            job_id=job.id, actor=actor, action="job_saved", detail=f"version {row.current_version}"
        )
    )
    session.flush()
    return Saved(job.id, row.current_version, True)


def _version_row(session: Session, job_id: str, version: int) -> ScreeningJobVersion:
    found = session.scalar(
        select(ScreeningJobVersion).where(
            ScreeningJobVersion.job_id == job_id, ScreeningJobVersion.version == version
        )
    )
    if found is None:
        raise NotFound(f"job {job_id!r} has no version {version}")
    return found


def current_version(session: Session, job_id: str) -> ScreeningJobVersion:
    """The version new candidates get. Raises NotFound."""
    row = session.get(ScreeningJob, job_id)
    if row is None:
        raise NotFound(f"no job {job_id!r}")
    return _version_row(session, job_id, row.current_version)


_PARSED: dict[int, JobDef] = {}


def job_by_version_id(session: Session, version_id: int) -> JobDef:
    """The JobDef of a version row id, cached per process (versions never change)."""
    job = _PARSED.get(version_id)
    if job is not None:
        return job
    version = session.get(ScreeningJobVersion, version_id)
    if version is None:
        raise NotFound(f"no job version {version_id}")
    return job_of(version)


def job_of(version: ScreeningJobVersion) -> JobDef:
    """The JobDef stored in a version row (parsed once per process; versions never change)."""
    job = _PARSED.get(version.id)
    if job is None:
        job, _ = validate_job_data(dict(version.spec), f"{version.job_id} v{version.version}")
        _PARSED[version.id] = job
    return job
