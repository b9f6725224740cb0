package dk.aarshjul.access;

import dk.aarshjul.process.PlainText;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock an account out.
 *
 * <p>State is kept per (account, client) pair, never per account alone: after a wrong password that
 * pair waits 1 s, 2 s, 4 s … at most 60 s before its next attempt is even checked; after 10 wrong
 * passwords in a row the pair is locked for 15 minutes, and the lock ends by itself. A right
 * password resets the pair. The same account from another client is not affected, so nobody can
 * lock an administrator (or anyone else) out from their own machine.
 *
 * <p>Per client, across accounts (password spraying): after 30 wrong passwords from one client
 * without a pause of 15 minutes, every further attempt from that client waits 1 s, 2 s … at most 60
 * s. A right password from that client does not reset this counter (a user with a valid login could
 * otherwise spray between their own logins).
 *
 * <p>The state lives in memory on each node and is bounded: at most {@code maxTracked} pairs and as
 * many clients; state without a failure for a while is forgotten first, and when the table is full
 * the entry whose last failure is oldest gives way. With several nodes, each node counts on its
 * own, so an attacker spread over n nodes gets at most n times the attempts; a lock still ends by
 * itself on each node. Time comes from the engine clock (ClockUtil), so tests move time instead of
 * sleeping.
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  /** Keys longer than this are cut: an attacker must not fill memory with huge user names. */
  private static final int MAX_KEY_LENGTH = 200;

  private final Duration firstDelay;
  private final Duration maxDelay;
  private final int lockAfter;
  private final Duration lockDuration;
  private final int clientFreeFailures;
  private final Duration forgetAfter;
  private final int maxTracked;
  private final Supplier<Instant> clock;

  private final Map<Pair, State> pairs = new ConcurrentHashMap<>();
  private final Map<String, State> clients = new ConcurrentHashMap<>();

  @Autowired
  public LoginThrottle(
      @Value("${aarshjul.login.first-delay:PT1S}") Duration firstDelay,
      @Value("${aarshjul.login.max-delay:PT60S}") Duration maxDelay,
      @Value("${aarshjul.login.lock-after:10}") int lockAfter,
      @Value("${aarshjul.login.lock-duration:PT15M}") Duration lockDuration,
      @Value("${aarshjul.login.client-free-failures:30}") int clientFreeFailures,
      @Value("${aarshjul.login.max-tracked:10000}") int maxTracked) {
    this(
        firstDelay,
        maxDelay,
        lockAfter,
        lockDuration,
        clientFreeFailures,
        maxTracked,
        () -> ClockUtil.getCurrentTime().toInstant());
  }

  LoginThrottle(
      Duration firstDelay,
      Duration maxDelay,
      int lockAfter,
      Duration lockDuration,
      int clientFreeFailures,
      int maxTracked,
      Supplier<Instant> clock) {
    this.firstDelay = firstDelay;
    this.maxDelay = maxDelay;
    this.lockAfter = lockAfter;
    this.lockDuration = lockDuration;
    this.clientFreeFailures = clientFreeFailures;
    // a pair or client is forgotten once it has had no failure for as long as the longest lock
    this.forgetAfter = lockDuration.compareTo(maxDelay) > 0 ? lockDuration : maxDelay;
    this.maxTracked = Math.max(1, maxTracked);
    this.clock = clock;
  }

  /**
   * How long the client must still wait before a password for this account is checked; empty when
   * it may try.
   */
  public Optional<Duration> waitBeforeAttempt(String account, String client) {
    Instant now = clock.get();
    Instant until =
        later(
            blockedUntil(pairs.get(pair(account, client))), blockedUntil(clients.get(key(client))));
    if (until == null || !until.isAfter(now)) {
      return Optional.empty();
    }
    Duration wait = Duration.between(now, until);
    // whole seconds, rounded up: "Prøv igen om 1 sekund" rather than 0
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return Optional.of(Duration.ofSeconds(seconds));
  }

  /**
   * A wrong password (or an unknown account) from this client: the pair and the client wait longer.
   */
  public void failed(String account, String client) {
    Instant now = clock.get();
    Pair pair = pair(account, client);
    makeRoom(pairs, pair, now);
    State state =
        pairs.compute(
            pair,
            (key, old) -> {
              int failures = (old == null ? 0 : old.failures()) + 1;
              Instant until =
                  failures >= lockAfter ? now.plus(lockDuration) : now.plus(delay(failures));
              return new State(failures, until, now);
            });
    if (state.failures() == lockAfter) {
      LOG.warn(
          "Login: {} forkerte forsøg i træk på brugeren '{}' fra {}; spærret fra den klient i {} minutter",
          lockAfter,
          PlainText.forLog(account),
          PlainText.forLog(client),
          lockDuration.toMinutes());
    }
    String clientKey = key(client);
    makeRoom(clients, clientKey, now);
    clients.compute(
        clientKey,
        (key, old) -> {
          // a pause of forgetAfter without failures starts the client's count afresh
          int failures =
              (old == null || old.lastFailure().plus(forgetAfter).isBefore(now)
                      ? 0
                      : old.failures())
                  + 1;
          Instant until =
              failures > clientFreeFailures ? now.plus(delay(failures - clientFreeFailures)) : null;
          return new State(failures, until, now);
        });
  }

  /** The right password: the pair starts afresh (the client's count across accounts stays). */
  public void succeeded(String account, String client) {
    pairs.remove(pair(account, client));
  }

  /** Forgets everything (tests). */
  void reset() {
    pairs.clear();
    clients.clear();
  }

  private Duration delay(int failures) {
    int doublings = Math.min(failures - 1, 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  private <K> void makeRoom(Map<K, State> table, K newKey, Instant now) {
    if (table.size() < maxTracked || table.containsKey(newKey)) {
      return;
    }
    table.entrySet().removeIf(entry -> isForgotten(entry.getValue(), now));
    while (table.size() >= maxTracked) {
      table.entrySet().stream()
          .min(Comparator.comparing(entry -> entry.getValue().lastFailure()))
          .ifPresent(entry -> table.remove(entry.getKey()));
    }
  }

  private boolean isForgotten(State state, Instant now) {
    return (state.until() == null || !state.until().isAfter(now))
        && state.lastFailure().plus(forgetAfter).isBefore(now);
  }

  private static Instant blockedUntil(State state) {
    return state == null ? null : state.until();
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static Pair pair(String account, String client) {
    // "Admin" and "admin" are one account for the throttle, whatever the database's collation makes
    // of them
    return new Pair(key(account).toLowerCase(Locale.ROOT), key(client));
  }

  private static String key(String value) {
    String key = value == null ? "" : value;
    return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
  }

  private record Pair(String account, String client) {}

  /**
   * Failures in a row, the moment until which attempts are refused (null: none), and the last
   * failure.
   */
  private record State(int failures, Instant until, Instant lastFailure) {}
}
