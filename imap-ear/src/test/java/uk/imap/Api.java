package uk.imap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A partner system calling the REST API over HTTP, as API.md describes it. */
public final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    public Api(URL deployment) {
        this.base = URI.create(deployment.toString().replaceAll("/?$", "/") + "api/v1/");
    }

    /** The answer to one call: status, headers and the body as JSON when it is JSON. */
    public record Answer(int status, HttpResponse<String> raw) {

        public JsonObject json() {
            JsonStructure structure = Json.createReader(new StringReader(raw.body())).read();
            return structure.asJsonObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(raw.body())).readArray();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Answer get(String path, String username, String password) throws IOException, InterruptedException {
        return send(request(path, username, password).GET().build());
    }

    /** A GET asking for another representation, such as {@code text/csv}. */
    public Answer get(String path, String username, String password, String accept)
            throws IOException, InterruptedException {
        return send(signed(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept), username, password)
                .GET().build());
    }

    /** A page of the application (not the API), as a browser that sends Basic credentials asks for it. */
    public Answer page(String path, String username, String password) throws IOException, InterruptedException {
        return send(signed(HttpRequest.newBuilder(base.resolve("../../" + path)).header("Accept", "text/html"),
                username, password).GET().build());
    }

    public Answer post(String path, String username, String password, String json) throws IOException, InterruptedException {
        return send(request(path, username, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer put(String path, String username, String password, String json) throws IOException, InterruptedException {
        return send(request(path, username, password).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer delete(String path, String username, String password) throws IOException, InterruptedException {
        return send(request(path, username, password).DELETE().build());
    }

    private HttpRequest.Builder request(String path, String username, String password) {
        return signed(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json"), username,
                password);
    }

    private static HttpRequest.Builder signed(HttpRequest.Builder builder, String username, String password) {
        if (username != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response);
    }
}
