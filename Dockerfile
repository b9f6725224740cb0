# Build stage
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -B -q -DskipTests package

# Runtime stage, non-root
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 aarshjul
WORKDIR /app
COPY --from=build /src/target/aarshjul-*.jar app.jar
USER aarshjul
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
