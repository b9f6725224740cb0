#!/bin/sh
# Startup time of Årshjul's fat jar, or of a bare Camunda 7.24 Spring Boot application run from the same jar, on the
# embedded H2 default: from the launch until Tasklist answers 200. Prints the seconds, then stops the application.
#
#   bench/startup.sh aarshjul|bare fresh|existing [port]
#
# fresh: a new H2 database (the first start: Flyway, the engine's schema, deployment, the demo municipality);
# existing: the database the previous run of the same application left. Run from the project root after
# ./mvnw -DskipTests package and ./mvnw test-compile. BENCHMARKS.md ("Startup") has the figures and the method.
set -eu
app=$1
db=$2
port=${3:-8091}
root=$(pwd)
jar=$(ls "$root"/target/aarshjul-*.jar | head -1)
dir=/tmp/aarshjul-startup-$app
mkdir -p "$dir"
if [ "$db" = fresh ]; then
  rm -rf "$dir/data"
fi
case $app in
  aarshjul)
    set -- java -jar "$jar" --server.port="$port"
    ;;
  bare)
    # only the bare application's class next to the jar: none of the test configuration comes along
    classes=$root/target/bare-classes
    mkdir -p "$classes/dk/aarshjul/bench/bare"
    cp "$root"/target/test-classes/dk/aarshjul/bench/bare/BareEngineApplication*.class "$classes/dk/aarshjul/bench/bare/"
    set -- java -Dloader.path="$classes" -Dloader.main=dk.aarshjul.bench.bare.BareEngineApplication \
      -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher --server.port="$port" \
      --camunda.bpm.auto-deployment-enabled=false --camunda.bpm.history-level=full \
      --camunda.bpm.admin-user.id=admin --camunda.bpm.admin-user.password=demo
    ;;
  *)
    echo "usage: bench/startup.sh aarshjul|bare fresh|existing [port]" >&2
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
echo "$app $db $(( (end - start) / 1000000 )) ms"
kill $pid
wait $pid 2>/dev/null || true
