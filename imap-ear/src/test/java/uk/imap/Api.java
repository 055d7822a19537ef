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

    private final HttpClient http;
    private final URI base;

    public Api(URL deployment) {
        this(deployment, HttpClient.newHttpClient());
    }

    /** Over HTTP/1.1 only: what an old partner system sends, and where long addresses meet no HTTP/2 limit. */
    public static Api overHttp11(URL deployment) {
        return new Api(deployment, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }

    private Api(URL deployment, HttpClient http) {
        this.http = http;
        this.base = URI.create(deployment.toString().replaceAll("/+$", "") + "/api/v1/");
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

    /** A POST of one file as multipart/form-data in a part named {@code file}, as a partner system uploads it. */
    public Answer postFile(String path, String username, String password, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return postFile(request(path, username, password), fileName, content);
    }

    /** The same upload carrying exactly this Authorization header, such as a bearer token. */
    public Answer postFileWithAuthorization(String path, String authorization, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return postFile(authorized(path, authorization), fileName, content);
    }

    private Answer postFile(HttpRequest.Builder request, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "imap-test-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(head);
        body.write(content);
        body.write(tail);
        return send(request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A GET of a file: its bytes exactly as sent, with the answer's headers. */
    public HttpResponse<byte[]> download(String path, String username, String password)
            throws IOException, InterruptedException {
        return http.send(signed(HttpRequest.newBuilder(base.resolve(path)), username, password).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public Answer put(String path, String username, String password, String json) throws IOException, InterruptedException {
        return send(request(path, username, password).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A GET carrying exactly the Authorization headers given, however malformed. */
    public Answer getWithAuthorization(String path, String... authorization) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        for (String value : authorization) {
            builder.header("Authorization", value);
        }
        return send(builder.GET().build());
    }

    /** A POST of JSON carrying exactly this Authorization header, such as a bearer token. */
    public Answer postWithAuthorization(String path, String authorization, String json)
            throws IOException, InterruptedException {
        return send(authorized(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A PUT of JSON carrying exactly this Authorization header, such as a bearer token. */
    public Answer putWithAuthorization(String path, String authorization, String json)
            throws IOException, InterruptedException {
        return send(authorized(path, authorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder authorized(String path, String authorization) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Authorization", authorization);
    }

    /** The same calls as {@link #get}, sent at once: for races. */
    public java.util.List<Answer> getAtOnce(String path, String username, java.util.List<String> passwords) {
        return passwords.stream().map(password -> http.sendAsync(request(path, username, password).GET().build(),
                        HttpResponse.BodyHandlers.ofString())).toList().stream()
                .map(future -> new Answer(future.join().statusCode(), future.join())).toList();
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
