#!/usr/bin/env bash
# Loopback test of the C worker SDK: the real router ($TOOLMESH_BIN) and the example worker as
# separate processes, checked with `toolmesh call` and `toolmesh tools`: registration with
# schemas, results, error results, concurrency, deadline and client cancellation reaching the
# worker, re-registration after router restarts, SIGTERM drain, Unix socket, token, host name.
#   tests/integration.sh PATH/TO/geo_worker
# WORKER_WRAPPER (e.g. "valgrind --leak-check=full --error-exitcode=99") prefixes every worker.
# Needs jq. Prints "ok - ..." / "FAIL - ..." per check and "integration: N passed, N failed".
set -euo pipefail

worker_bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
toolmesh=${TOOLMESH_BIN:-$here/../../../.build/release/toolmesh}
read -r -a wrapper <<<"${WORKER_WRAPPER:-}"

if [ ! -x "$toolmesh" ]; then
    echo "FAIL - toolmesh binary not found at '$toolmesh'" >&2
    echo "       set TOOLMESH_BIN, or build it: swift build -c release --product toolmesh" >&2
    echo "integration: 0 passed, 1 failed"
    exit 1
fi
if ! command -v jq >/dev/null; then
    echo "FAIL - jq not found (apt-get install jq)" >&2
    echo "integration: 0 passed, 1 failed"
    exit 1
fi

tmp=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill -KILL "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    if [ "${failed:-0}" -gt 0 ]; then
        for log in "$tmp"/*.err; do
            [ -s "$log" ] && { echo "--- $(basename "$log")"; tail -n 20 "$log"; } >&2
        done
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

passed=0
failed=0
skipped=0
check() { # check DESCRIPTION COMMAND...: one check, passed when COMMAND succeeds
    local description=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "ok - $description"
    else
        failed=$((failed + 1))
        echo "FAIL - $description" >&2
    fi
}

# jq_holds FILTER [ARGS...]: the filter gives exactly `true` (jq 1.6 -e alone passes empty input)
jq_holds() {
    local result
    result=$(jq -e "$@" 2>/dev/null) && [ "$result" = true ]
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

wait_until() { # wait_until SECONDS COMMAND...: polls every 50 ms; fails after SECONDS
    local deadline=$(($(now_ms) + $1 * 1000))
    shift
    until "$@"; do
        [ "$(now_ms)" -lt "$deadline" ] || return 1
        sleep 0.05
    done
}

wait_exit() { # wait_exit PID SECONDS: waits for our child PID to end; sets exit_code (or "timeout")
    local pid=$1 deadline=$(($(now_ms) + $2 * 1000))
    while kill -0 "$pid" 2>/dev/null; do
        if [ "$(now_ms)" -ge "$deadline" ]; then
            exit_code=timeout
            return
        fi
        sleep 0.05
    done
    exit_code=0
    wait "$pid" 2>/dev/null || exit_code=$?
}

# ---- Processes ----------------------------------------------------------------------------

router_pid=
router=
start_router() { # start_router LISTEN [ARGS...]: sets router_pid and router (the bound address)
    local out=$tmp/router-$RANDOM.out
    : >"$out"
    "$toolmesh" router --listen "$1" --log-level warning "${@:2}" >"$out" 2>>"$tmp/router.err" &
    router_pid=$!
    pids+=("$router_pid")
    if ! wait_until 15 grep -q "listening on" "$out"; then
        echo "FAIL - the router did not start (listen $1)" >&2
        exit 1
    fi
    router=$(sed -n 's/^toolmesh router listening on //p' "$out" | head -n 1)
}

start_worker() { # start_worker ID [ARGS...]: sets worker_pid; output in $tmp/ID.out, ID.err
    "${wrapper[@]}" "$worker_bin" --id "$1" "${@:2}" >"$tmp/$1.out" 2>"$tmp/$1.err" &
    worker_pid=$!
    pids+=("$worker_pid")
}

tm() { "$toolmesh" "$@" --router "$router"; }

# The tools listing as JSON, or "[]" while the router cannot be reached.
tools_json() { tm tools --json 2>/dev/null || echo '[]'; }

registered() { # registered ID: ID serves the 3 tools
    tools_json | jq_holds --arg id "$1" '[.[] | select(any(.workers[]; .worker_id == $id))] | length == 3' >/dev/null
}

in_flight() { # in_flight TOOL: calls of TOOL running on its workers
    tools_json | jq --arg t "$1" '[.[] | select(.name == $t) | .workers[].in_flight] | add // 0'
}

in_flight_is() { [ "$(in_flight "$1")" = "$2" ]; }

call_ok() { # call_ok TOOL ARGS JQ: the call succeeds and JQ holds for its result
    local output
    output=$(tm call "$1" "$2" 2>"$tmp/call.err") && jq_holds "$3" <<<"$output" >/dev/null
}

call_fails() { # call_fails TOOL ARGS TEXT [CALL OPTIONS...]: exits non-zero, stderr contains TEXT
    local status=0
    tm call "$1" "$2" "${@:4}" >/dev/null 2>"$tmp/call.err" || status=$?
    [ "$status" -ne 0 ] && grep -qF -- "$3" "$tmp/call.err"
}

log_has() { grep -qF -- "$2" "$tmp/$1.err"; }

# ---- Registration --------------------------------------------------------------------------

start_router 127.0.0.1:0
tcp_router=$router
start_worker geo-1 --router "$router"
geo_1=$worker_pid
check "worker registers its 3 tools" wait_until 10 registered geo-1

listing=$(tools_json)
check "tools are city_weather, distance_km, refresh_station" \
    jq_holds 'map(.name) == ["city_weather", "distance_km", "refresh_station"]' <<<"$listing"
check "worker name, and idempotent as declared" jq_holds \
    'all(.[]; .workers[0].worker_name == "geo") and (map(.idempotent) == [true, true, false])' <<<"$listing"
check "concurrency limits: 64 for the worker, 16 for refresh_station" \
    jq_holds 'map(.workers[0].max_concurrency) == [64, 64, 16]' <<<"$listing"
check "descriptions reach the router" \
    jq_holds '.[0].description | startswith("Current weather of a city")' <<<"$listing"
while IFS=$'\t' read -r name schema; do
    check "$name: input schema registered as declared (parsed)" \
        jq_holds --arg n "$name" --argjson s "$schema" '.[] | select(.name == $n) | .input_schema == $s' <<<"$listing"
    check "$name: input schema registered byte for byte" \
        grep -qxF "    input: $schema" <(tm tools "$name")
done < <("$worker_bin" --list-tools)

# ---- Results and errors ------------------------------------------------------------------

check "city_weather Paris" call_ok city_weather '{"city":"Paris"}' \
    '.city == "Paris" and .country == "FR" and .temperature_c == 14.5 and .conditions == "light rain"'
check "city_weather with a \\u escape and other case" call_ok city_weather '{"city":"z\u00fcRICH"}' \
    '.city == "Zürich" and .temperature_c == 8'
check "distance_km Paris-Berlin is 877.5 km" call_ok distance_km '{"from":"Paris","to":"Berlin"}' \
    '.from == "Paris" and .to == "Berlin" and .km == 877.5'
check "distance_km Sydney-London is about 16990 km" call_ok distance_km '{"from":"Sydney","to":"London"}' \
    '.km > 16950 and .km < 17050'
check "refresh_station answers after its latency" call_ok refresh_station '{"city":"Tokyo","latency_ms":50}' \
    '.station == "TYO-04" and .latency_ms == 50'
check "unknown city: NOT_FOUND with the tool's message, exit non-zero" \
    call_fails city_weather '{"city":"Atlantis"}' "NOT_FOUND: unknown city: Atlantis"
check "distance_km to an unknown city names it" \
    call_fails distance_km '{"from":"Paris","to":"Gotham"}' "NOT_FOUND: unknown city: Gotham"
check "the router enforces the registered schema" \
    call_fails city_weather '{"city":5}' "INVALID_ARGUMENT: /city"
check "additionalProperties: false is enforced" \
    call_fails city_weather '{"city":"Oslo","units":"F"}' "INVALID_ARGUMENT"

# ---- Concurrency ---------------------------------------------------------------------------

cities=(Amsterdam Berlin Cairo London Madrid Nairobi Oslo Sydney)
start=$(now_ms)
call_pids=()
for i in "${!cities[@]}"; do
    tm call refresh_station "{\"city\":\"${cities[$i]}\",\"latency_ms\":700}" >"$tmp/par-$i.json" 2>&1 &
    call_pids+=($!)
done
all_ok=true
for pid in "${call_pids[@]}"; do wait "$pid" || all_ok=false; done
elapsed=$(($(now_ms) - start))
check "8 concurrent calls of 700 ms all succeed" $all_ok
check "8 concurrent calls of 700 ms overlap (took ${elapsed} ms, serially 5600)" test "$elapsed" -lt 2500
results_match() {
    for i in "${!cities[@]}"; do
        jq_holds --arg c "${cities[$i]}" '.city == $c and .latency_ms == 700' "$tmp/par-$i.json" >/dev/null || return 1
    done
}
check "each concurrent call got its own city's result" results_match

# ---- Deadline and cancellation reach the worker -------------------------------------------

start=$(now_ms)
check "a 300 ms deadline on an 8 s call: DEADLINE_EXCEEDED" \
    call_fails refresh_station '{"city":"Oslo","latency_ms":8000}' "DEADLINE_EXCEEDED" --timeout-ms 300
check "the deadline's Cancel reaches the worker" wait_until 3 log_has geo-1 "(refresh_station Oslo) cancelled"
check "the worker answered the cancelled call (router slot freed)" wait_until 3 in_flight_is refresh_station 0
check "all within 3 s of the call" test $(($(now_ms) - start)) -lt 3000

"$toolmesh" call refresh_station '{"city":"Cairo","latency_ms":8000}' --router "$router" >/dev/null 2>&1 &
client=$!
pids+=("$client")
check "a long call is in flight" wait_until 5 in_flight_is refresh_station 1
exec 3>&2 2>/dev/null # no "Killed" job notice
kill -KILL "$client"
wait "$client" || true
exec 2>&3 3>&-
check "a client that disconnects cancels its call on the worker" \
    wait_until 3 log_has geo-1 "(refresh_station Cairo) cancelled"
check "and the worker's slot is freed" wait_until 3 in_flight_is refresh_station 0

# ---- Router restarts -------------------------------------------------------------------------

restart_router() { # restart_router SIGNAL: stops the router, starts it on the same address
    exec 3>&2 2>/dev/null # no "Killed" job notice
    kill "-$1" "$router_pid"
    wait_exit "$router_pid" 10
    exec 2>&3 3>&-
    [ "$exit_code" != timeout ] || kill -KILL "$router_pid"
    start_router "$tcp_router"
}

restart_router KILL
start=$(now_ms)
check "after a router crash (SIGKILL) and restart, re-registered within 2 s" wait_until 2 registered geo-1
echo "   (re-registered $(($(now_ms) - start)) ms after the new router listened)"
check "calls work again" call_ok city_weather '{"city":"Nairobi"}' '.city == "Nairobi"'

restart_router TERM
start=$(now_ms)
check "after a router drain (SIGTERM) and restart, re-registered within 2 s" wait_until 2 registered geo-1
echo "   (re-registered $(($(now_ms) - start)) ms after the new router listened)"

# ---- Graceful drain on SIGTERM -------------------------------------------------------------

"$toolmesh" call refresh_station '{"city":"Madrid","latency_ms":1500}' --router "$router" \
    >"$tmp/drain.json" 2>"$tmp/drain.err" &
in_flight_call=$!
check "a 1.5 s call is in flight" wait_until 5 in_flight_is refresh_station 1
kill -TERM "$geo_1"
draining() { tools_json | jq_holds '.[0].workers[0].draining == true' >/dev/null; }
check "after SIGTERM the router lists the worker as draining" wait_until 2 draining
check "new calls are refused while it drains (UNAVAILABLE)" \
    call_fails city_weather '{"city":"Paris"}' "UNAVAILABLE"
wait_exit "$in_flight_call" 10
check "the in-flight call still completes successfully" test "$exit_code" = 0
check "with its real result" jq_holds '.city == "Madrid" and .latency_ms == 1500' "$tmp/drain.json"
wait_exit "$geo_1" 10
check "the worker then exits with status 0" test "$exit_code" = 0
no_tools() { tools_json | jq_holds 'length == 0' >/dev/null; }
check "and its tools are gone from the router" wait_until 3 no_tools
check "the worker logged its drain" log_has geo-1 "draining: 1 calls in flight"

# ---- Host names, Unix sockets, tokens ------------------------------------------------------

# "localhost" itself is taken as 127.0.0.1 without a lookup (as in Swift); another name of
# this host that resolves to loopback goes through getaddrinfo.
host_name=
for name in "$(hostname)" localhost.localdomain; do
    if getent ahostsv4 "$name" 2>/dev/null | grep -q '^127\.'; then
        host_name=$name
        break
    fi
done
if [ -n "$host_name" ]; then
    start_worker geo-host --router "$host_name:${tcp_router##*:}"
    geo_host=$worker_pid
    check "a host name is resolved with getaddrinfo ($host_name)" wait_until 10 registered geo-host
    kill -TERM "$geo_host"
    wait_exit "$geo_host" 10
    check "an idle worker exits 0 on SIGTERM" test "$exit_code" = 0
else
    skipped=$((skipped + 1))
    echo "skip - no host name other than localhost resolves to 127.x here; getaddrinfo path not run"
fi

if grep -qs '^0\{31\}1 ' /proc/net/if_inet6; then
    start_router '[::1]:0'
    start_worker geo-v6 --router "$router"
    geo_v6=$worker_pid
    check "over IPv6 ($router) the worker registers" wait_until 10 registered geo-v6
    check "and serves calls" call_ok city_weather '{"city":"Reykjav\u00edk"}' '.city == "Reykjavík"'
    kill -TERM "$geo_v6"
    wait_exit "$geo_v6" 10
    check "the IPv6 worker exits 0 on SIGTERM" test "$exit_code" = 0
else
    skipped=$((skipped + 1))
    echo "skip - no IPv6 loopback (::1) here"
fi

socket=$tmp/mesh.sock
start_router "unix:$socket" --token s3cret
export TOOLMESH_TOKEN=s3cret
start_worker geo-unix --router "unix:$socket"
geo_unix=$worker_pid
check "over a Unix socket, with the token from TOOLMESH_TOKEN, the worker registers" \
    wait_until 10 registered geo-unix
check "and serves calls" call_ok distance_km '{"from":"Oslo","to":"Madrid"}' '.km > 2000 and .km < 2500'
start_worker geo-bad --router "unix:$socket" --token wrong
geo_bad=$worker_pid
check "a wrong token is refused: UNAUTHENTICATED logged" wait_until 5 log_has geo-bad "UNAUTHENTICATED"
check "and the refused worker registers nothing" \
    jq_holds 'all(.[]; all(.workers[]; .worker_id != "geo-bad"))' <<<"$(tools_json)"
unset TOOLMESH_TOKEN
kill -TERM "$geo_bad" "$geo_unix"
wait_exit "$geo_bad" 10
check "the refused worker exits 0 on SIGTERM" test "$exit_code" = 0
wait_exit "$geo_unix" 10
check "the Unix socket worker exits 0 on SIGTERM" test "$exit_code" = 0

echo "integration: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
