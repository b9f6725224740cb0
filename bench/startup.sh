#!/bin/sh
# Startup time of Årshjul's fat jar, or of a bare Camunda 7.24 Spring Boot application run from the same jar, on the
# embedded H2 default: from the launch until Tasklist answers 200. Prints the seconds, then stops the application.
#
#   bench/startup.sh aarshjul|bare fresh|existing [port] [cds]
#
# cds: as the Docker image starts it, from the extracted jar with a class data sharing archive that a training start
# made (the first cds run of an application extracts the jar and trains; the archive is kept in target/cds).
#
# fresh: a new H2 database (the first start: Flyway, the engine's schema, deployment, the demo municipality);
# existing: the database the previous run of the same application left. Run from the project root after
# ./mvnw -DskipTests package and ./mvnw test-compile. BENCHMARKS.md ("Startup") has the figures and the method.
set -eu
app=$1
db=$2
port=${3:-8091}
cds=${4:-}
root=$(pwd)
jar=$(ls "$root"/target/aarshjul-*.jar | head -1)
dir=/tmp/aarshjul-startup-$app${cds:+-cds}
mkdir -p "$dir"
if [ "$db" = fresh ]; then
  rm -rf "$dir/data"
fi
# only the bare application's class next to the jar: none of the test configuration comes along
classes=$root/target/bare-classes
if [ "$app" = bare ]; then
  mkdir -p "$classes/dk/aarshjul/bench/bare"
  cp "$root"/target/test-classes/dk/aarshjul/bench/bare/BareEngineApplication*.class "$classes/dk/aarshjul/bench/bare/"
fi
bare_args="--camunda.bpm.auto-deployment-enabled=false --camunda.bpm.history-level=full"
bare_args="$bare_args --camunda.bpm.admin-user.id=admin --camunda.bpm.admin-user.password=demo"
extracted=$root/target/cds
case $app$cds in
  aarshjul)
    set -- java -jar "$jar" --server.port="$port"
    ;;
  bare)
    # shellcheck disable=SC2086
    set -- java -Dloader.path="$classes" -Dloader.main=dk.aarshjul.bench.bare.BareEngineApplication \
      -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher --server.port="$port" $bare_args
    ;;
  aarshjulcds | barecds)
    if [ ! -f "$extracted/app.jar" ]; then
      rm -rf "$extracted"
      # named as in the Docker image: the extracted jar takes the fat jar's name
      cp "$jar" "$root/target/app.jar"
      java -Djarmode=tools -jar "$root/target/app.jar" extract --destination "$extracted" >/dev/null
      rm "$root/target/app.jar"
      # CDS archives no class from a directory: the bare application's class goes into a jar of its own
      (cd "$classes" && jar cf "$extracted/bare.jar" dk 2>/dev/null) || true
    fi
    if [ "$app" = aarshjul ]; then
      set -- -jar "$extracted/app.jar"
    else
      [ -f "$extracted/bare.jar" ] || (cd "$classes" && jar cf "$extracted/bare.jar" dk)
      # shellcheck disable=SC2086
      set -- -cp "$extracted/app.jar:$extracted/bare.jar" dk.aarshjul.bench.bare.BareEngineApplication $bare_args
    fi
    if [ ! -f "$extracted/$app.jsa" ]; then
      # the training start, as the Dockerfile's: until the context is refreshed, on a database of its own
      mkdir -p "$extracted/training-$app"
      (cd "$extracted/training-$app" && java -XX:ArchiveClassesAtExit="$extracted/$app.jsa" \
        -Dspring.context.exit=onRefresh "$@" --server.port=0 >log 2>&1)
    fi
    set -- java -XX:SharedArchiveFile="$extracted/$app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off "$@" \
      --server.port="$port"
    ;;
  *)
    echo "usage: bench/startup.sh aarshjul|bare fresh|existing [port] [cds]" >&2
    exit 2
    ;;
esac
start=$(date +%s%N)
(cd "$dir" && exec "$@" >"$dir/log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/camunda/app/tasklist/default/")" = 200 ]; do
  if ! kill -0 $pid 2>/dev/null; then
    echo "the application stopped; see $dir/log" >&2
    exit 1
  fi
  sleep 0.05
done
end=$(date +%s%N)
echo "$app${cds:+ $cds} $db $(( (end - start) / 1000000 )) ms"
kill $pid
wait $pid 2>/dev/null || true
