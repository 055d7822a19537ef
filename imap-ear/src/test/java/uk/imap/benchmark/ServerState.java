package uk.imap.benchmark;

import java.util.Map;
import java.util.TreeMap;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/** What the server holds, read from its management API, for benchmarks that print it before and after a run. */
final class ServerState {

    private ServerState() {
    }

    /** Heap after a collection, live threads and the database pool's connections, read from the management API. */
    static Map<String, Long> read() throws Exception {
        try (ModelControllerClient management = ModelControllerClient.Factory.create("localhost",
                Integer.getInteger("imap.management.port", 9990))) {
            execute(management, operation("gc", "core-service", "platform-mbean", "type", "memory"));
            Map<String, Long> state = new TreeMap<>();
            state.put("heap used (bytes)", execute(management, read("heap-memory-usage", "core-service",
                    "platform-mbean", "type", "memory")).get("used").asLong());
            state.put("threads", execute(management, read("thread-count", "core-service", "platform-mbean",
                    "type", "threading")).asLong());
            ModelNode enable = operation("write-attribute", "subsystem", "datasources", "data-source", "ImapDS",
                    "statistics", "pool");
            enable.get("name").set("statistics-enabled");
            enable.get("value").set(true);
            execute(management, enable);
            state.put("database connections in use", execute(management, read("InUseCount", "subsystem",
                    "datasources", "data-source", "ImapDS", "statistics", "pool")).asLong());
            state.put("database connections open", execute(management, read("ActiveCount", "subsystem",
                    "datasources", "data-source", "ImapDS", "statistics", "pool")).asLong());
            return state;
        }
    }

    private static ModelNode read(String attribute, String... address) {
        ModelNode read = operation("read-attribute", address);
        read.get("name").set(attribute);
        read.get("include-runtime").set(true);
        return read;
    }

    private static ModelNode operation(String name, String... address) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        ModelNode path = operation.get("address");
        for (int i = 0; i < address.length; i += 2) {
            path.add(address[i], address[i + 1]);
        }
        return operation;
    }

    private static ModelNode execute(ModelControllerClient management, ModelNode operation) throws Exception {
        ModelNode outcome = management.execute(operation);
        if (!"success".equals(outcome.get("outcome").asString())) {
            throw new IllegalStateException(outcome.toString());
        }
        return outcome.get("result");
    }
}
