package dk.aarshjul.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the SQL statements an application sends to its database: every {@code execute…} call, and
 * every statement added to a JDBC batch (the engine flushes its inserts and updates as batches;
 * each batched statement is one the database runs). Added to a benchmark's application context, it
 * wraps the context's DataSource, so the engine, Hibernate and Flyway are all counted.
 */
public final class StatementCounter {

  private static final AtomicLong STATEMENTS = new AtomicLong();
  private static final Map<String, LongAdder> BY_SQL = new ConcurrentHashMap<>();

  /**
   * Counting per SQL text costs CPU itself (it hashes every statement): only with
   * -Daarshjul.bench.sql=true.
   */
  static final boolean BREAKDOWN = Boolean.getBoolean("aarshjul.bench.sql");

  /**
   * With -Daarshjul.bench.sql.callers=true each SQL text is also split by the Årshjul code that
   * sent it (the first frame of dk.aarshjul outside the benchmark): where a statement per unit
   * comes from. Costs a stack walk per statement.
   */
  static final boolean CALLERS = Boolean.getBoolean("aarshjul.bench.sql.callers");

  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

  private StatementCounter() {}

  public static long statements() {
    return STATEMENTS.get();
  }

  /**
   * Statements per SQL text (whitespace collapsed, cut at 150 characters) since the last call;
   * clears the counts.
   */
  public static Map<String, Long> drainBySql() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    BY_SQL.forEach((sql, count) -> counts.put(sql, count.sumThenReset()));
    BY_SQL.clear();
    return counts;
  }

  /** Registers the counting DataSource wrapper in the application context it is added to. */
  @Configuration(proxyBeanMethods = false)
  public static class Counting {

    @Bean
    static BeanPostProcessor countingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
          return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
              ? proxy(DataSource.class, dataSource)
              : bean;
        }
      };
    }
  }

  private static <T> T proxy(Class<T> type, T target) {
    return proxy(type, target, null);
  }

  /** {@code sql}: the text a prepared statement was prepared with (null for other objects). */
  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, String sql) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (type != DataSource.class
              && type != Connection.class
              && EXECUTIONS.contains(method.getName())) {
            STATEMENTS.incrementAndGet();
            if (!BREAKDOWN) {
              return wrap(method, args, invoke(method, target, args));
            }
            String text =
                sql != null
                    ? sql
                    : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
            text = text.replaceAll("\\s+", " ").strip();
            String key = text.length() > 150 ? text.substring(0, 150) : text;
            BY_SQL
                .computeIfAbsent(CALLERS ? key + " @ " + caller() : key, k -> new LongAdder())
                .increment();
          }
          Object result = invoke(method, target, args);
          return wrap(method, args, result);
        };
    return (T)
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  /** Connections and statements are wrapped too; everything else is returned as it is. */
  private static Object wrap(Method method, Object[] args, Object result) {
    if (method.getName().equals("unwrap")) {
      return result;
    }
    String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
    if (result instanceof CallableStatement callable) {
      return proxy(CallableStatement.class, callable, sql);
    }
    if (result instanceof PreparedStatement prepared) {
      return proxy(PreparedStatement.class, prepared, sql);
    }
    if (result instanceof Statement statement) {
      return proxy(Statement.class, statement);
    }
    if (result instanceof Connection connection) {
      return proxy(Connection.class, connection);
    }
    return result;
  }

  /**
   * The Årshjul method that sent the statement (after a lazy-loading or repository proxy, also the
   * method that called it), or "engine" when none is on the stack.
   */
  private static String caller() {
    List<String> methods =
        StackWalker.getInstance()
            .walk(
                frames ->
                    frames
                        .filter(
                            frame ->
                                frame.getClassName().startsWith("dk.aarshjul.")
                                    && !frame.getClassName().startsWith("dk.aarshjul.bench."))
                        .limit(2)
                        .map(frame -> frame.getClassName() + "." + frame.getMethodName())
                        .toList());
    if (methods.isEmpty()) {
      return "engine";
    }
    return methods.get(0).contains("$") && methods.size() > 1
        ? methods.get(0) + " < " + methods.get(1)
        : methods.get(0);
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
