#!/usr/bin/env bash
# A private, throwaway PostgreSQL 15 server for the test suite.
#
#   pg-test-server.sh start            initdb a fresh data dir, start the server on 127.0.0.1, create catalogue_test.
#                                      Prints `export VAR=...` lines on stdout (meant for eval); logs go to stderr.
#                                      Every connection is trusted but the user catalogue_pw's, which must give its
#                                      password (CATALOGUE_TEST_PG_PASSWORD_URL holds both).
#                                      On failure nothing is left behind and the exit status is non-zero.
#   pg-test-server.sh stop [DATADIR]   stop the server and delete its data dir (default: $CATALOGUE_PG_DATA).
#                                      Safe to call twice, or on a server that is already down.
#   pg-test-server.sh status [DATADIR] exit 0 when the server is running.
#
# The server never runs as root: as root it runs as the `postgres` system user, otherwise as the caller.
# Environment: CATALOGUE_PG_PORT (first port tried, default 54329; the next free one is taken if busy),
#              CATALOGUE_PG_TMPDIR (where the data dir is created, default /tmp; keep it short, the unix socket
#              lives there and socket paths are limited to ~100 bytes).
set -euo pipefail

readonly PG_BIN=/usr/lib/postgresql/15/bin
readonly PG_SUPERUSER=catalogue
readonly PG_DATABASE=catalogue_test
readonly PG_PASSWORD_USER=catalogue_pw # the one user that must give a password (scram-sha-256)
readonly PG_PASSWORD=catalogue-test-password
readonly MARKER=CATALOGUE_TEST_SERVER # proves a directory is ours before `stop` deletes it
readonly READY_TIMEOUT=30

log() { echo "pg-test-server: $*" >&2; }

die()
{
    log "error: $*"
    exit 1
}

# The user the server runs as: `postgres` as root, the caller otherwise.
run_as_user()
{
    if ((EUID == 0)); then
        echo postgres
    fi
}

# Runs a command as the server's user. `cd /` spares the postgres user a warning about root's unreadable cwd.
as_pg()
{
    local user=$1
    shift
    if [[ -n "$user" ]]; then
        (cd / && runuser -u "$user" -- "$@")
    else
        "$@"
    fi
}

port_in_use()
{
    local port=$1
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        return 0
    fi
    if command -v ss >/dev/null 2>&1 && ss -Hltn "( sport = :$port )" 2>/dev/null | grep -q .; then
        return 0
    fi
    return 1
}

# Writes the server settings; rewritten on each port attempt. Included from postgresql.conf so that a plain
# `pg_ctl restart` (reliability tests) keeps them.
write_settings()
{
    local data=$1 port=$2 user=$3
    # Fast and not durable: fsync and synchronous_commit are off, so a crash or an immediate-mode stop loses
    # commits the client was told were done (8 sales in one probe; 0 with synchronous_commit on). No test here
    # claims durability across a crash (tst_pgrestart stops the server in fast mode, which writes everything out);
    # one that does must run `SET synchronous_commit = on` (and needs fsync on) and say so where it lives.
    as_pg "$user" tee "$data/catalogue.conf" >/dev/null <<CONF
# Throwaway test server written by scripts/pg-test-server.sh
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
}

stop_server()
{
    local data=$1 user=$2
    [[ -f "$data/postmaster.pid" ]] || return 0
    if as_pg "$user" "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        as_pg "$user" "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 30 stop >&2 ||
            as_pg "$user" "$PG_BIN/pg_ctl" -D "$data" -m immediate -w -t 10 stop >&2 || true
    fi
    # Last resort: a postmaster that ignored pg_ctl.
    if [[ -f "$data/postmaster.pid" ]]; then
        local pid
        pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
        if [[ "$pid" =~ ^[0-9]+$ ]] && [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == postgres ]]; then
            log "postmaster $pid did not stop; killing it"
            kill -KILL "$pid" 2>/dev/null || true
            local i
            for ((i = 0; i < 50; i++)); do
                [[ -e "/proc/$pid" ]] || break
                sleep 0.1
            done
        fi
    fi
}

remove_data_dir()
{
    local data=$1
    [[ -d "$data" ]] || return 0
    if [[ -f "$data/$MARKER" ]] || [[ -z "$(ls -A "$data")" ]]; then
        # A file may still be appearing as the server exits (its log): try once more after a moment.
        rm -rf -- "$data" 2>/dev/null || { sleep 1; rm -rf -- "$data"; }
    else
        die "refusing to delete $data: it was not created by this script (no $MARKER file)"
    fi
}

cmd_start()
{
    local user first_port
    user=$(run_as_user)
    first_port=${CATALOGUE_PG_PORT:-54329}
    if ! [[ "$first_port" =~ ^[0-9]+$ ]] || ((first_port < 1 || first_port > 65535)); then
        die "CATALOGUE_PG_PORT=$first_port is not a port number"
    fi
    [[ -x "$PG_BIN/postgres" ]] || die "$PG_BIN/postgres not found (install postgresql-15: scripts/deps.sh)"

    local data
    data=$(mktemp -d "${CATALOGUE_PG_TMPDIR:-/tmp}/catalogue-pg.XXXXXX")
    # From here on, any failure or interruption removes what was created (no marker check: mktemp made it).
    trap 'stop_server "$data" "$user"; rm -rf -- "$data"' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    if [[ -n "$user" ]]; then
        chown "$user:" "$data"
    fi

    local initdb_args=(-D "$data" -A trust -U "$PG_SUPERUSER" --encoding=UTF8 --no-sync) initdb_out
    if ! initdb_out=$(as_pg "$user" "$PG_BIN/initdb" "${initdb_args[@]}" --locale=C.UTF-8 2>&1); then
        log "initdb with locale C.UTF-8 failed; retrying with locale C"
        find "$data" -mindepth 1 -delete
        if ! initdb_out=$(as_pg "$user" "$PG_BIN/initdb" "${initdb_args[@]}" --locale=C 2>&1); then
            echo "$initdb_out" >&2
            die "initdb failed"
        fi
    fi
    as_pg "$user" touch "$data/$MARKER"
    echo "include 'catalogue.conf'" | as_pg "$user" tee -a "$data/postgresql.conf" >/dev/null

    local port="" candidate attempt
    candidate=$first_port
    for ((attempt = 0; attempt < 20; attempt++, candidate++)); do
        ((candidate < 65536)) || break
        if port_in_use "$candidate"; then
            log "port $candidate is taken, trying the next one"
            continue
        fi
        write_settings "$data" "$candidate" "$user"
        if as_pg "$user" "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t "$READY_TIMEOUT" start >&2; then
            port=$candidate
            break
        fi
        stop_server "$data" "$user"
        if grep -qE 'could not (bind|create listen socket)|Address already in use' "$data/server.log" 2>/dev/null; then
            log "port $candidate was taken while starting, trying the next one"
            continue
        fi
        tail -n 30 "$data/server.log" >&2 2>/dev/null || true
        die "the server did not start"
    done
    [[ -n "$port" ]] || die "no free port found from $first_port"

    local ready=0 i
    for ((i = 0; i < READY_TIMEOUT * 5; i++)); do
        if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" -d postgres -t 1; then
            ready=1
            break
        fi
        sleep 0.2
    done
    if ((!ready)); then
        tail -n 30 "$data/server.log" >&2 2>/dev/null || true
        die "the server is not ready on 127.0.0.1:$port after ${READY_TIMEOUT}s"
    fi

    "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" -O "$PG_SUPERUSER" "$PG_DATABASE" ||
        die "could not create database $PG_DATABASE"

    # A user that must give its password (every other connection is trusted), for the tests of wrong passwords.
    "$PG_BIN/psql" -q -h 127.0.0.1 -p "$port" -U "$PG_SUPERUSER" -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE $PG_PASSWORD_USER LOGIN SUPERUSER PASSWORD '$PG_PASSWORD'" >&2 ||
        die "could not create the role $PG_PASSWORD_USER"
    {
        echo "host all $PG_PASSWORD_USER 127.0.0.1/32 scram-sha-256"
        as_pg "$user" cat "$data/pg_hba.conf"
    } >"$data/pg_hba.conf.new"
    as_pg "$user" tee "$data/pg_hba.conf" <"$data/pg_hba.conf.new" >/dev/null
    rm -f "$data/pg_hba.conf.new"
    as_pg "$user" "$PG_BIN/pg_ctl" -D "$data" reload >&2 || die "could not reload the server's pg_hba.conf"

    trap - EXIT INT TERM
    log "PostgreSQL 15 running on 127.0.0.1:$port, data dir $data${user:+, as user $user}"
    printf 'export CATALOGUE_PG_BIN=%q\n' "$PG_BIN"
    printf 'export CATALOGUE_PG_DATA=%q\n' "$data"
    printf 'export CATALOGUE_PG_PORT=%q\n' "$port"
    printf 'export CATALOGUE_PG_RUNAS=%q\n' "$user"
    printf 'export CATALOGUE_TEST_PG_URL=%q\n' "postgres://$PG_SUPERUSER@127.0.0.1:$port/$PG_DATABASE"
    printf 'export CATALOGUE_TEST_PG_PASSWORD_URL=%q\n' \
        "postgres://$PG_PASSWORD_USER:$PG_PASSWORD@127.0.0.1:$port/$PG_DATABASE"
}

data_dir_arg()
{
    local data=${1:-${CATALOGUE_PG_DATA:-}}
    [[ -n "$data" ]] || die "no data dir: pass it as an argument or set CATALOGUE_PG_DATA"
    echo "$data"
}

# The server's user is the data dir's owner (as root), so `stop` needs nothing from `start` but the path.
data_dir_user()
{
    local data=$1 owner
    ((EUID == 0)) || return 0
    owner=$(stat -c %U "$data")
    [[ "$owner" == root ]] || echo "$owner"
}

cmd_stop()
{
    local data user
    data=$(data_dir_arg "${1:-}")
    if [[ ! -d "$data" ]]; then
        log "$data is already gone"
        return 0
    fi
    user=$(data_dir_user "$data")
    stop_server "$data" "$user"
    remove_data_dir "$data"
    log "stopped; removed $data"
}

cmd_status()
{
    local data user
    data=$(data_dir_arg "${1:-}")
    [[ -d "$data" ]] || return 3
    user=$(data_dir_user "$data")
    as_pg "$user" "$PG_BIN/pg_ctl" -D "$data" status
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop "${2:-}" ;;
status) cmd_status "${2:-}" ;;
*)
    echo "usage: $0 start | stop [DATADIR] | status [DATADIR]" >&2
    exit 2
    ;;
esac
