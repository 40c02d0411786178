#!/usr/bin/env bash
# A single-node OpenSearch 3.3 on 127.0.0.1 for the tests and for trying the opensearch backend
# without Docker (docs/scaling.md). Fetched through Maven from Maven Central: the integration-test
# distribution, plus the analysis-common module it lacks (asciifolding, synonym_graph, kstem,
# pattern_replace, ...). It has no reindex module, so no _delete_by_query: the application drops
# and recreates an index instead of purging it.
#
#   scripts/opensearch-node.sh start [port]   # default port 9200; returns once the node answers
#   scripts/opensearch-node.sh stop [port]
#
# OpenSearch refuses to run as root: as root, the node runs as the system user "opensearch"
# (created when missing) through runuser. Data and logs go to a temporary folder; the heap is 512 MB.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=3.3.2
command=${1:-start}
port=${2:-${ANALECTA_OPENSEARCH_PORT:-9200}}
# Outside $HOME, which the opensearch user may not enter; the zip stays in ~/.m2.
cache=${ANALECTA_OPENSEARCH_CACHE:-${TMPDIR:-/tmp}/analecta-opensearch-dist}
home="$cache/opensearch-$VERSION"
run="${TMPDIR:-/tmp}/analecta-opensearch-$port"

answers() { curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; }

# module <artifact> <folder> <plugin class> [library ...]: a module of the full distribution that the
# integration-test zip lacks, fetched from Maven Central and installed next to the others.
module() {
  local artifact=$1 folder=$2 classname=$3 target="$home.partial/opensearch-$VERSION/modules/$2"
  shift 3
  for jar in "org.opensearch.plugin:$artifact" "$@"; do
    ./mvnw -q -B dependency:copy -Dartifact="$jar:$VERSION:jar" -DoutputDirectory="$target" >&2
  done
  cat > "$target/plugin-descriptor.properties" <<EOF
description=$folder, as in the full distribution
version=$VERSION
name=$folder
classname=$classname
java.version=21
opensearch.version=$VERSION
custom.foldername=
extended.plugins=
has.native.controller=false
EOF
}

install() {
  [ -f "$home/modules/analysis-common/plugin-descriptor.properties" ] && return 0
  mkdir -p "$cache"
  local download="$cache/download"
  ./mvnw -q -B dependency:copy -Dartifact=org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip \
    -DoutputDirectory="$download" >&2
  rm -rf "$home.partial"
  mkdir -p "$home.partial"
  (cd "$home.partial" && unzip -q "$download/opensearch-$VERSION.zip")
  rm -f "$download/opensearch-$VERSION.zip" # Maven keeps its own copy
  # asciifolding, synonym_graph, kstem, pattern_replace, ...: the archive's analyzers
  module analysis-common analysis-common org.opensearch.analysis.common.CommonAnalysisModulePlugin
  rm -rf "$home"
  mv "$home.partial/opensearch-$VERSION" "$home"
  rm -rf "$home.partial"
}

start() {
  if answers; then
    echo "OpenSearch already answers on 127.0.0.1:$port"
    return 0
  fi
  install
  rm -rf "$run"
  mkdir -p "$run/data" "$run/logs" "$run/tmp"
  cp -r "$home/config" "$run/config"
  # 512 MB heap; paths the options give relative to the working folder made absolute.
  sed -i -e 's/^-Xms1g/-Xms512m/; s/^-Xmx1g/-Xmx512m/' -e '/-Xlog:gc/d' \
    -e "s|HeapDumpPath=data|HeapDumpPath=$run/data|; s|ErrorFile=logs/|ErrorFile=$run/logs/|" \
    -e "s|-javaagent:agent/|-javaagent:$home/agent/|" "$run/config/jvm.options"
  cat >> "$run/config/opensearch.yml" <<EOF
cluster.name: analecta-test-$port
node.name: analecta-$port
discovery.type: single-node
network.host: 127.0.0.1
http.port: $port
transport.port: $((port + 100))
path.data: $run/data
path.logs: $run/logs
# A test node on a small machine: do not stop writing because the disk is fuller than 85 %.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  local -a as_user=()
  if [ "$(id -u)" = 0 ]; then
    id opensearch >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin opensearch
    chown -R opensearch "$run"
    chmod -R a+rX "$home"
    as_user=(runuser -u opensearch --)
  fi
  # The node's own JDK comes with the distribution only in the full zip: use ours (21 or newer).
  local java_home=${OPENSEARCH_JAVA_HOME:-${JAVA_HOME:-}}
  cd "$run"
  "${as_user[@]}" env OPENSEARCH_JAVA_HOME="$java_home" OPENSEARCH_PATH_CONF="$run/config" \
    OPENSEARCH_TMPDIR="$run/tmp" "$home/bin/opensearch" -d -p "$run/pid" > "$run/logs/start.out" 2>&1 || {
    cat "$run/logs/start.out" >&2
    exit 1
  }
  for _ in $(seq 1 120); do
    [ -f "$run/pid" ] && ! kill -0 "$(cat "$run/pid")" 2>/dev/null && break
    if answers; then
      echo "OpenSearch $VERSION answers on 127.0.0.1:$port (data in $run)"
      return 0
    fi
    sleep 1
  done
  echo "OpenSearch did not answer on 127.0.0.1:$port within 120 s; its log:" >&2
  tail -n 50 "$run/logs/"*.log >&2 || true
  exit 1
}

stop() {
  if [ -f "$run/pid" ]; then
    kill "$(cat "$run/pid")" 2>/dev/null || true
    for _ in $(seq 1 30); do answers || break; sleep 1; done
  fi
  rm -rf "$run"
}

case "$command" in
  start) start ;;
  stop) stop ;;
  install) install ;;
  *) echo "usage: $0 start|stop|install [port]" >&2; exit 2 ;;
esac
