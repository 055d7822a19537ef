package uk.imap.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.OverTheApi;

/** R31 over the API: documents typed from their content, hashed, audited and read only within need to know. */
class DocumentsIT extends OverTheApi {

    static byte[] referralForm() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(new Paragraph("Multi-agency referral form: Oak Primary School"));
        document.close();
        return pdf.toByteArray();
    }

    static byte[] photo() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    int documentsOf(String reference) throws Exception {
        return api.get("enquiries/" + reference + "/documents", "prac.sam", PASSWORD).array().size();
    }

    @Test
    @DisplayName("R31 the hub attaches a referral form: typed from its content, hashed, listed, downloaded as an attachment, each step audited")
    void attachAndDownload() throws Exception {
        String reference = openAnonymousEnquiry();
        byte[] form = referralForm();

        Api.Answer added = api.postFile("enquiries/" + reference + "/documents", "prac.sam", PASSWORD,
                "C:\\Users\\school\\referral form.pdf", form);

        assertEquals(201, added.status(), added.raw().body());
        JsonObject kept = added.json();
        assertEquals("referral form.pdf", kept.getString("name"), "no folders kept from the sender's name");
        assertEquals("application/pdf", kept.getString("mediaType"));
        assertEquals(form.length, kept.getInt("size"));
        assertEquals(sha256(form), kept.getString("sha256"));
        assertEquals("prac.sam", kept.getString("addedBy"));
        assertTrue(added.header("Location").endsWith("/documents/" + kept.getInt("id")), added.header("Location"));
        assertEquals(1, documentsOf(reference));

        HttpResponse<byte[]> file = api.download("documents/" + kept.getInt("id"), "prac.sam", PASSWORD);
        assertEquals(200, file.statusCode());
        assertArrayEquals(form, file.body());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(file.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));

        String trail = api.get("audit/events?record=" + kept.getInt("id"), "audit.max", PASSWORD).raw().body();
        assertTrue(trail.contains("DOCUMENT_ADDED") && trail.contains("DOCUMENT_DOWNLOADED")
                && trail.contains("sha256 " + sha256(form)), "upload and download audited with the hash: " + trail);
    }

    @Test
    @DisplayName("R31 R22 a disguised, empty or missing file is refused in words and nothing is kept")
    void hostileFiles() throws Exception {
        String reference = openAnonymousEnquiry();
        byte[] page = "<html><body><script>document.location='http://evil'</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        Api.Answer script = api.postFile("enquiries/" + reference + "/documents", "prac.sam", PASSWORD,
                "referral.pdf", page);
        assertEquals(400, script.status(), script.raw().body());
        assertTrue(script.raw().body().contains("whatever its name says"), script.raw().body());

        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        Api.Answer exe = api.postFile("enquiries/" + reference + "/documents", "prac.sam", PASSWORD, "form.pdf",
                program);
        assertEquals(400, exe.status(), exe.raw().body());

        Api.Answer empty = api.postFile("enquiries/" + reference + "/documents", "prac.sam", PASSWORD, "blank.pdf",
                new byte[0]);
        assertEquals(400, empty.status(), empty.raw().body());
        assertTrue(empty.raw().body().contains("empty"), empty.raw().body());

        Api.Answer tooLarge = api.postFile("enquiries/" + reference + "/documents", "prac.sam", PASSWORD, "big.pdf",
                new byte[8 * 1024 * 1024 + 1]);
        assertEquals(400, tooLarge.status(), tooLarge.raw().body());
        assertTrue(tooLarge.raw().body().contains("larger than 8 MB"), tooLarge.raw().body());

        Api.Answer json = api.post("enquiries/" + reference + "/documents", "prac.sam", PASSWORD, "{\"file\": 1}");
        assertEquals(415, json.status(), json.raw().body());

        assertEquals(0, documentsOf(reference), "nothing kept");
    }

    @Test
    @DisplayName("R31 R16 the agency attaches to its answer; the hub reads it; anyone outside need to know is refused")
    void answersAndNeedToKnow() throws Exception {
        HubScenario.Case asked = HubScenario.on(api).consent(HubScenario.Consent.NOT_SOUGHT).askingPolice().open();
        long request = asked.request();
        byte[] hubForm = referralForm();
        long hubDocument = api.postFile("enquiries/" + asked.reference() + "/documents", "prac.sam", PASSWORD,
                "form.pdf", hubForm).json().getInt("id");

        Api.Answer byPolice = api.postFile("information-requests/" + request + "/documents", "police.ray", PASSWORD,
                "bodycam still.png", photo());
        assertEquals(201, byPolice.status(), byPolice.raw().body());
        long policeDocument = byPolice.json().getInt("id");
        assertEquals("image/png", byPolice.json().getString("mediaType"));

        assertEquals(403, api.postFile("information-requests/" + request + "/documents", "health.kim", PASSWORD,
                "x.png", photo()).status(), "another agency cannot add to the police's answer");
        assertEquals(2, documentsOf(asked.reference()), "the hub sees its own and the agency's");
        assertEquals(1, api.get("information-requests/" + request + "/documents", "police.ray", PASSWORD).array()
                .size());
        assertEquals(policeDocument, api.get("information-requests/" + request + "/documents", "police.ray", PASSWORD)
                .array().get(0).asJsonObject().getInt("id"));

        assertEquals(200, api.download("documents/" + policeDocument, "police.ray", PASSWORD).statusCode());
        assertEquals(200, api.download("documents/" + policeDocument, "prac.sam", PASSWORD).statusCode());
        assertEquals(403, api.download("documents/" + hubDocument, "police.ray", PASSWORD).statusCode(),
                "an agency reads only its own answers' files");
        assertEquals(403, api.download("documents/" + policeDocument, "health.kim", PASSWORD).statusCode());
        assertEquals(403, api.download("documents/" + hubDocument, "prac.lee", PASSWORD).statusCode(),
                "a practitioner outside the enquiry");
        assertEquals(403, api.get("enquiries/" + asked.reference() + "/documents", "prac.lee", PASSWORD).status());
        assertEquals(404, api.download("documents/999999999", "prac.sam", PASSWORD).statusCode());
        assertEquals(403, api.download("documents/" + hubDocument, "audit.max", PASSWORD).statusCode(),
                "an auditor proves who did what, and reads no case content");

        String denials = api.get("audit/events?record=" + hubDocument + "&action=ACCESS_DENIED", "audit.max", PASSWORD)
                .raw().body();
        assertTrue(denials.contains("police.ray"), "the refusal is audited: " + denials);
        assertTrue(api.get("enquiries/" + asked.reference() + "/documents", "prac.sam", PASSWORD).array().stream()
                .map(JsonValue::asJsonObject).anyMatch(d -> d.getString("addedBy").equals("police.ray")));
    }
}
