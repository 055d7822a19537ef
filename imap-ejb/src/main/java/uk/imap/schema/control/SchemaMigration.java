package uk.imap.schema.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs the Flyway migrations when the application starts, before any request reaches the persistence unit.
 * Flyway commits each migration itself, so no container transaction may wrap it.
 * <p>
 * The migrations run as the schema's owner ({@code ImapSchemaDS}); the application works as its own role
 * ({@code ImapDS}). On PostgreSQL, when the two differ, the owner leaves the application's role insert-only on the
 * audit trail (R19): even SQL run with the application's password cannot change or remove an event.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/ImapSchemaDS")
    DataSource schemaOwner;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource application;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(schemaOwner)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .placeholders(Map.of("application_role", applicationRole()))
                .load()
                .migrate();
        LOG.info(() -> "IMAP schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** The role the application connects as, to be granted its rights by the schema's owner. */
    private String applicationRole() {
        try (Connection connection = application.getConnection()) {
            return connection.getMetaData().getUserName().replace("'", "''");
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached as the application", e);
        }
    }

    /** What one database can do and the other cannot (such as triggers) lives in a folder per vendor. */
    private String vendor() {
        try (Connection connection = schemaOwner.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate its schema", e);
        }
    }
}
