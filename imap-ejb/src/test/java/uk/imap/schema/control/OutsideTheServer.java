package uk.imap.schema.control;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * IMAP's persistence unit on a real H2 database in memory, made by IMAP's own migrations, for tests of what the
 * unit reads and writes without a server: local transactions, no data sources of the server's.
 */
public final class OutsideTheServer {

    private OutsideTheServer() {
    }

    /** A new database of this name, migrated, and the persistence unit over it. */
    public static EntityManagerFactory persistenceUnit(String database) {
        String url = "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "imap", "imap")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .placeholders(Map.of("application_role", "imap"))
                .load().migrate();
        Map<String, Object> outsideTheServer = new HashMap<>();
        outsideTheServer.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        outsideTheServer.put("jakarta.persistence.jtaDataSource", "");
        outsideTheServer.put("jakarta.persistence.jdbc.url", url);
        outsideTheServer.put("jakarta.persistence.jdbc.user", "imap");
        outsideTheServer.put("jakarta.persistence.jdbc.password", "imap");
        outsideTheServer.put("eclipselink.target-server", "None");
        // No numbering pool outside the server: numbers come over the test's own connection.
        outsideTheServer.put("eclipselink.jdbc.sequence-connection-pool", "false");
        return Persistence.createEntityManagerFactory("imap", outsideTheServer);
    }
}
