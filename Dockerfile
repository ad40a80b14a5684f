# syntax=docker/dockerfile:1
# newsflow as one image for every part: `docker run newsflow process --bootstrap-servers …`.
# Build: docker build -t newsflow:local .   (docker compose builds it too)

# --- build with the project's own Maven wrapper on a JDK 17 ---------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# The Maven repository lives in a BuildKit cache, so a source change does not re-download it.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -Dspotless.apply.skip=true -pl app -am package

# --- run on a JRE 17 as an unprivileged user -----------------------------------------------
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/newsflow newsflow \
    && mkdir -p /var/lib/newsflow /etc/newsflow \
    && chown newsflow /var/lib/newsflow
COPY --from=build /src/app/target/lib/ /opt/newsflow/lib/
COPY --from=build /src/app/target/newsflow.jar /opt/newsflow/newsflow.jar
USER newsflow
# State of the processors (RocksDB, checkpoints) and the file sink's out/ go under here.
WORKDIR /var/lib/newsflow
VOLUME /var/lib/newsflow
# /metrics, /health, /ready
EXPOSE 9464
# Size the heap from the container's memory limit instead of the host's; the parallel collector
# costs less CPU per article than G1 (docs/operations.md, "Garbage collector").
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseParallelGC"
ENTRYPOINT ["java", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
