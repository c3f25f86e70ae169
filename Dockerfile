# The tickflow image: the same runnable jar as ./tickflow, for the streams app, the producers and the
# Connect plugin folder. Build: docker build -t tickflow:dev .
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package -pl cli -am

FROM eclipse-temurin:17.0.16_8-jre
RUN useradd --system --uid 10001 tickflow && mkdir -p /data /opt/tickflow/plugins && chown -R tickflow /data
COPY --from=build /src/cli/target/tickflow.jar /opt/tickflow/tickflow.jar
USER tickflow
WORKDIR /data
ENV TICKFLOW_JAVA_OPTS="-Xmx2g"
ENTRYPOINT ["sh", "-c", "exec java $TICKFLOW_JAVA_OPTS -jar /opt/tickflow/tickflow.jar \"$@\"", "tickflow"]
CMD ["--help"]
