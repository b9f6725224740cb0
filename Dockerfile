# Build stage
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -B -q -DskipTests package \
 && cp target/aarshjul-*.jar app.jar \
 && java -Djarmode=tools -jar app.jar extract --destination /extracted

# Runtime stage, non-root. The application runs from its extracted jar with a class data sharing archive (CDS) made
# by a training start during the build: it starts about a third faster than the fat jar (BENCHMARKS.md, "Startup").
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 aarshjul
WORKDIR /app
COPY --from=build /extracted/ ./
# the training start runs on the embedded H2 default until the context is refreshed, then stops; its database and
# logs are thrown away, only the archive of the classes it loaded stays
RUN java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar app.jar --server.port=0 \
 && rm -rf data logs
USER aarshjul
EXPOSE 8080
# the archive holds the class path it was made with: the start must name the jar exactly as the training did
ENTRYPOINT ["java", "-XX:SharedArchiveFile=app.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", "app.jar"]
