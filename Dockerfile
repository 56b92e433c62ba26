# Steward as one self-contained binary on a slim base, run as a non-root user.
# Build: docker build -t steward .   Run: docker run -p 8080:8080 -v steward-data:/data steward
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
# Bun arrives as an npm dev dependency; nothing is downloaded outside the npm registry.
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin steward \
 && mkdir -p /data && chown steward /data
COPY --from=build /src/dist/steward /usr/local/bin/steward
USER steward
WORKDIR /data
ENV STEWARD_DATA_DIR=/data STEWARD_PORT=8080
EXPOSE 8080
VOLUME ["/data"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/steward"]
CMD ["serve"]
