// Starts DynamoDB Local bound to 127.0.0.1 only. DynamoDB Local has no bind option (its Jetty
// server listens on every interface), so this sets the connector host before the server starts,
// and answers only requests whose Host is a loopback name: a DNS-rebinding web page (whose requests
// name its own host) cannot reach the tables. It takes DynamoDB Local's own arguments unchanged.
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.HandlerWrapper;

public class LoopbackDynamoDBLocal {
  public static void main(String[] args) {
    try {
      start(args);
    } catch (Throwable e) {
      // Jetty's non-daemon threads would otherwise keep a JVM alive that never listens.
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void start(String[] args) throws Exception {
    String host = System.getProperty("ddb.host", "127.0.0.1");
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    int bound = 0;
    for (Connector c : ((Server) field.get(proxy)).getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setHost(host);
        bound++;
      }
    }
    // Refuse to run rather than silently listen on every interface.
    if (bound == 0) throw new IllegalStateException("no Jetty ServerConnector found to bind to " + host);
    Server server = (Server) field.get(proxy);
    LoopbackHostOnly guard = new LoopbackHostOnly();
    guard.setHandler(server.getHandler());
    server.setHandler(guard);
    if (Boolean.getBoolean("ddb.exitOnStdinEof")) watchParent();
    proxy.start();
    System.out.println("DynamoDB Local listening on " + host);
  }

  /** Refuses (403, DynamoDB's JSON error shape) any request whose Host header is not a loopback name. */
  static final class LoopbackHostOnly extends HandlerWrapper {
    private static final Pattern LOOPBACK =
        Pattern.compile("^(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d{1,5})?$", Pattern.CASE_INSENSITIVE);

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
        throws IOException, javax.servlet.ServletException {
      String host = request.getHeader("Host");
      if (host != null && LOOPBACK.matcher(host).matches()) {
        super.handle(target, base, request, response);
        return;
      }
      base.setHandled(true);
      response.setStatus(403);
      response.setContentType("application/x-amz-json-1.0");
      // UNVERIFIED against AWS: DynamoDB never sees such a Host; the type is AWS's common access error.
      response.getWriter().write(
          "{\"__type\":\"com.amazon.coral.service#AccessDeniedException\","
              + "\"message\":\"The Host header is not a loopback name.\"}");
    }
  }

  // The parent holds our stdin open; when it dies by any means the pipe closes and we exit too.
  private static void watchParent() {
    Thread t = new Thread(() -> {
      try {
        while (System.in.read() != -1) { /* ignore input */ }
      } catch (Exception ignored) {
        // treat a broken pipe like EOF
      }
      System.exit(0); // runs shutdown hooks, so an on-disk database closes cleanly
    }, "parent-watchdog");
    t.setDaemon(true);
    t.start();
  }
}
