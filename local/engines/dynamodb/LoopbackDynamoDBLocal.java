// Starts DynamoDB Local bound to 127.0.0.1 only. DynamoDB Local has no bind option (its Jetty
// server listens on every interface), so this sets the connector host before the server starts.
// It takes DynamoDB Local's own command-line arguments unchanged.
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

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
    if (Boolean.getBoolean("ddb.exitOnStdinEof")) watchParent();
    proxy.start();
    System.out.println("DynamoDB Local listening on " + host);
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
