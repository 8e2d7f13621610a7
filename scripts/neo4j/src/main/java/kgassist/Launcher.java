package kgassist;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs a Neo4j Community DBMS in this JVM with Bolt on a local port, so that
 * kgassist can be developed and tested against a real server on machines
 * that have Java and Maven but no Neo4j installation and no Docker.
 *
 * Usage: Launcher HOME LISTEN_ADDRESS PASSWORD READY_FILE
 *
 * READY_FILE is written only after the password is set, because Bolt already
 * answers before that and a client connecting then would be refused.
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: Launcher HOME LISTEN_ADDRESS PASSWORD READY_FILE");
            System.exit(2);
        }
        Path home = Path.of(args[0]);
        String listen = args[1];
        String password = args[2];
        Path ready = Path.of(args[3]);

        Files.createDirectories(home);
        Path conf = home.resolve("kgassist.conf");
        Files.writeString(conf, properties(settings(listen)));
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        setPassword(dbms.database("system"), password);
        Files.writeString(ready, listen + "\n");
        System.out.println("neo4j ready on bolt://" + listen);
        Thread.currentThread().join();
    }

    // Modest memory: the server runs beside the Go test binaries on small
    // machines; the JVM heap itself is capped by -Xmx in scripts/neo4j.sh.
    private static Map<String, String> settings(String listen) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("server.bolt.enabled", "true");
        s.put("server.bolt.listen_address", listen);
        s.put("server.bolt.tls_level", "DISABLED");
        s.put("dbms.security.auth_enabled", "true");
        s.put("server.memory.pagecache.size", "256m");
        s.put("db.memory.transaction.total.max", "512m");
        s.put("db.tx_log.rotation.retention_policy", "100M size");
        s.put("dbms.usage_report.enabled", "false");
        return s;
    }

    // Settings go through a properties file because the builder takes raw
    // string settings only from a file; typed Setting objects would tie this
    // launcher to internal classes that move between releases.
    private static String properties(Map<String, String> settings) {
        StringBuilder b = new StringBuilder();
        settings.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    // The DBMS creates user neo4j with a password that must be changed on
    // first login; set ours and clear that flag so drivers can log in.
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Restarting with the same password is not a change; anything
            // else means the configured password would not work.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }
}
