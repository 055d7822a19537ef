package uk.imap.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/** R32 over the API: a professional refers without signing in, learns the reference only, and is told the outcome. */
class ReferralsIT extends OverTheApi {

    static final int SMTP_PORT = 3025;

    GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "0.0.0.0", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    static String referral(String email, String extra) {
        return """
                {"referrerName": "Dana Cole", "referrerOrganisation": "Oak Primary School", "referrerRole": "DSL",
                 "referrerEmail": "%s", "childGivenName": "Kit", "childFamilyName": "Marsh",
                 "childDateOfBirth": "2017-04-02", "childAddress": "9 Quay Street", "parentsOrCarers": "Jo Marsh",
                 "concern": "Kit has come to school hungry and with bruises twice this week", "urgency": "WITHIN_A_DAY",
                 "needSeen": "S17_CHILD_IN_NEED", "consentAsked": "AGREED" %s}""".formatted(email, extra);
    }

    @Test
    @DisplayName("R32 a referral without sign-in gets 202 and its reference only; it is a draft on the intake team's list, received now")
    void referAndFindOnTheIntakeList() throws Exception {
        Api.Answer sent = api.post("referrals", null, null, referral("dana.cole@oak.example", ""));

        assertEquals(202, sent.status(), sent.raw().body());
        JsonObject answer = sent.json();
        assertEquals(Set.of("reference"), answer.keySet(), "nothing but the reference goes back");
        String reference = answer.getString("reference");

        JsonObject draft = api.get("enquiries/" + reference, "mgr.ana", PASSWORD).json();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("PROFESSIONAL", draft.getString("source"));
        assertEquals("online.referral", draft.getString("owner"));
        assertEquals("HUB_TEAM_A", draft.getString("team"));
        assertEquals("AMBER", draft.getString("priority"));
        assertEquals("S17_CHILD_IN_NEED", draft.getString("threshold"));
        assertEquals("Kit", draft.getJsonArray("subjects").getJsonObject(0).getString("givenName"));
        assertTrue(draft.getString("summary").contains("Asked: the parent or carer agreed"), draft.getString("summary"));
        assertTrue(Duration.between(OffsetDateTime.parse(draft.getString("receivedAt")).toInstant(), Instant.now())
                .abs().toMinutes() < 5, "received now: " + draft.getString("receivedAt"));
        assertEquals(403, api.get("enquiries/" + reference, "prac.lee", PASSWORD).status(), "another team's practitioner");
        assertTrue(api.get("audit/events?action=REFERRAL_RECEIVED&record=" + reference, "audit.max", PASSWORD).raw()
                .body().contains(reference), "the referral is an audit event");
    }

    @Test
    @DisplayName("R32 R22 a referral with problems is refused by field and nothing is kept; the wrong type of body gets 415")
    void refusedReferrals() throws Exception {
        Api.Answer bad = api.post("referrals", null, null, """
                {"referrerName": "", "referrerEmail": "not-an-address", "childGivenName": "Kit",
                 "childDateOfBirth": "2999-01-01", "urgency": "YESTERDAY", "consentAsked": "NOT_ASKED"}""");
        assertEquals(400, bad.status(), bad.raw().body());
        for (String field : List.of("referrerName", "referrerEmail", "childFamilyName", "childDateOfBirth", "concern",
                "urgency", "needSeen", "consentDetails")) {
            assertTrue(bad.raw().body().contains("\"" + field + "\""), field + " in " + bad.raw().body());
        }
        assertEquals(400, api.post("referrals", null, null, "[1, null]").status());
        assertEquals(400, api.post("referrals", null, null, "{\"concern\": {\"x\": 1}}").status());
        Api.Answer text = api.postFile("referrals", null, null, "referral.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, text.status(), text.raw().body());
    }

    @Test
    @DisplayName("R32 when the hub closes the enquiry, the referrer is e-mailed the outcome in plain words with no case content")
    void toldTheOutcome() throws Exception {
        String email = "dsl" + System.nanoTime() + "@oak.example";
        String reference = api.post("referrals", null, null, referral(email, "")).json().getString("reference");
        assertEquals(201, api.post("enquiries/" + reference + "/consent-decisions", "mgr.ana", PASSWORD, """
                {"kind": "NOT_SOUGHT", "grounds": ["RISK_OF_HARM"], "justification": "Bruising: asking may alert"}""")
                .status());
        assertEquals(200, api.post("enquiries/" + reference + "/transitions", "mgr.ana", PASSWORD,
                "{\"to\": \"OPEN\", \"version\": " + version(reference) + "}").status());
        Api.Answer closed = api.post("enquiries/" + reference + "/transitions", "mgr.ana", PASSWORD,
                "{\"to\": \"CLOSED\", \"version\": " + version(reference) + ", \"outcome\": \"EARLY_HELP\","
                        + " \"reasons\": \"The family accepts a family support worker\"}");
        assertEquals(200, closed.status(), closed.raw().body());

        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "the referrer's mail arrives");
        List<MimeMessage> toReferrer = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
        assertEquals(1, toReferrer.size());
        String body = GreenMailUtil.getBody(toReferrer.get(0));
        assertTrue(toReferrer.get(0).getSubject().contains(reference));
        assertTrue(body.contains("The family will be offered early help."), body);
        assertFalse(body.contains("Kit") || body.contains("Marsh") || body.contains("bruises")
                || body.contains("family support worker"), "no case content: " + body);
    }

    @Test
    @DisplayName("R32 the form is paced: past ten referrals in ten minutes from one address, 429 with Retry-After, and nothing kept")
    void paced() throws Exception {
        // A fresh loopback address of its own, so that the other tests' referrals do not count against it.
        InetAddress from = InetAddress.getByName("127.0.0." + ThreadLocalRandom.current().nextInt(2, 250));
        for (int i = 0; i < 10; i++) {
            assertTrue(rawPost(from, referral("pace@oak.example", "")).startsWith("HTTP/1.1 202"), "referral " + i);
        }
        String refused = rawPost(from, referral("pace@oak.example", ""));
        assertTrue(refused.startsWith("HTTP/1.1 429"), refused);
        assertTrue(refused.toLowerCase().contains("retry-after: 600"), refused);
        assertTrue(api.post("referrals", null, null, referral("other@oak.example", "")).status() == 202,
                "another address is not held up");
    }

    long version(String reference) throws Exception {
        return api.get("enquiries/" + reference, "mgr.ana", PASSWORD).json().getJsonNumber("version").longValue();
    }

    /** POSTs a referral over HTTP/1.1 from a chosen local address, as another professional's machine would. */
    String rawPost(InetAddress from, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort(), from, 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /imap/api/v1/referrals HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nConnection: close\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
