#!/usr/bin/env bash
# Starts the local PostgreSQL, Redis and RabbitMQ the tests use, if they are not running.
set -uo pipefail
up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if ! up 5432; then
  echo "starting PostgreSQL"; pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
fi
if ! up 6379; then
  echo "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
fi
if ! up 5672; then
  echo "starting RabbitMQ"; rabbitmq-server -detached || true
fi
for i in $(seq 1 30); do up 5432 && up 6379 && break; sleep 1; done
