#!/usr/bin/env bash
# Debian/Ubuntu packages Delegation Planner needs: Qt's runtime libraries, fonts, PDF tools, and a
# PostgreSQL server for the shared-database tests. Run as root (or with sudo).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 \
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libnss3 libxcomposite1 libxdamage1 libxrandr2 \
  libxtst6 libasound2 fonts-dejavu-core poppler-utils xvfb xauth postgresql >/dev/null
