# One image for every deskmate role; compose.yaml picks the command per service.
# GPU hosts: build with --build-arg TORCH_INDEX=https://download.pytorch.org/whl/cu124
FROM python:3.11-slim
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/deskmate
COPY . .
RUN pip install --no-cache-dir --index-url "$TORCH_INDEX" --extra-index-url https://pypi.org/simple \
        torch==2.13.0 \
    && pip install --no-cache-dir .
ENV DESKMATE_DATA_DIR=/var/lib/deskmate HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1
VOLUME /var/lib/deskmate
ENTRYPOINT []
CMD ["deskmate", "up"]
