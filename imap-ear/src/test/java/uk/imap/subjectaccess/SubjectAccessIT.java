package uk.imap.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.OverTheApi;

/**
 * R33: the subject access bundle over the API: a child on two enquiries (the second found by the duplicate check's
 * matching), the police's answer on one, consent given by a named mother; as JSON and as a PDF with contents and
 * bookmarks, third parties marked; within need to know, or with a reason; audited by person and by enquiry.
 */
class SubjectAccessIT extends OverTheApi {

    @Test
    @DisplayName("R33 a manager's subject access bundle: every enquiry about the person, what agencies shared, third"
            + " parties marked, as JSON and as a PDF with contents; producing it is audited")
    void bundle() throws Exception {
        String family = uniqueName();
        String given = uniqueName();
        LocalDate born = uniqueDateOfBirth();
        String first = HubScenario.on(api).child(given, family).bornOn(born).consent("""
                {"kind": "GRANTED", "givenBy": "Alex %s (mother)", "informedOf": {"why": true, "what": true,
                 "how": true, "withWhom": true}}""".formatted(family)).answered().open().reference();
        String second = HubScenario.on(api).child(given, family).bornOn(born).summary(given + " missed school again")
                .open().reference();
        long person = personIn(api, first, given, family, born);

        JsonObject bundle = api.get("people/" + person + "/subject-access", "mgr.ana", PASSWORD).json();

        assertEquals(family, bundle.getString("familyName"));
        assertEquals("mgr.ana", bundle.getString("producedBy"));
        List<JsonObject> sections = bundle.getJsonArray("enquiries").getValuesAs(JsonObject.class);
        assertEquals(List.of(second, first), sections.stream().map(s -> s.getString("reference")).toList(),
                "newest first");
        assertEquals("linked at intake", sections.get(1).getString("howFound"));
        assertTrue(sections.get(0).getString("howFound").startsWith("found by the duplicate check (same date of"
                + " birth"), sections.get(0).toString());
        JsonObject police = sections.get(1).getJsonArray("answers").getJsonObject(0);
        JsonObject item = police.getJsonArray("items").getJsonObject(0);
        assertEquals("Three call-outs since March", item.getString("content"));
        assertTrue(item.containsKey("reliability") && item.containsKey("sensitivity"), item.toString());
        assertTrue(sections.get(1).getJsonArray("thirdParties").getValuesAs(JsonObject.class).stream()
                .anyMatch(party -> party.getString("name").equals("Alex " + family + " (mother)")
                        && party.getString("as").equals("gave or refused consent")), sections.get(1).toString());

        HttpResponse<byte[]> pdf = pdf(person, "mgr.ana");
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String onPage = new PdfTextExtractor(reader).getTextFromPage(page);
            assertTrue(onPage.contains("OFFICIAL-SENSITIVE") && onPage.contains("Page " + page + " of"), onPage);
            text.append(onPage);
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertTrue(all.contains("Subject access bundle: " + given + " " + family) && all.contains("Contents")
                && all.contains("Three call-outs since March") && all.contains("third party: review before release")
                && all.contains("Alex " + family), all);
        List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
        assertEquals(2, bookmarks.size(), "one bookmark per enquiry");
        assertTrue(String.valueOf(bookmarks.get(0).get("Title")).contains(second), bookmarks.toString());

        List<JsonObject> produced = api.get("audit/events?user=mgr.ana&action=SUBJECT_ACCESS_PRODUCED", "audit.max",
                PASSWORD).array().getValuesAs(JsonObject.class);
        assertTrue(produced.stream().anyMatch(e -> e.getString("recordType").equals("Subject")
                && e.getString("recordId").equals(String.valueOf(person))), "naming the person asked about");
        assertTrue(api.get("reports/access?record=" + first, "audit.max", PASSWORD).raw().body()
                .contains("SUBJECT_ACCESS_PRODUCED"), "in the enquiry's access report");
    }

    @Test
    @DisplayName("R33 R16 outside need to know, enquiries are counted and left out unless a reason is recorded;"
            + " practitioners cannot produce a bundle; an unknown person is a 404")
    void needToKnow() throws Exception {
        String family = uniqueName();
        String given = uniqueName();
        LocalDate born = uniqueDateOfBirth();
        String reference = HubScenario.on(api).child(given, family).bornOn(born).open().reference();
        long person = personIn(api, reference, given, family, born);

        JsonObject without = api.get("people/" + person + "/subject-access", "cg.pat", PASSWORD).json();
        assertEquals(0, without.getJsonArray("enquiries").size());
        assertEquals(1, without.getInt("outsideNeedToKnow"));

        JsonObject with = api.get("people/" + person + "/subject-access?reason=Subject%20access%20request%20SAR-17",
                "cg.pat", PASSWORD).json();
        assertEquals(reference, with.getJsonArray("enquiries").getJsonObject(0).getString("reference"));
        assertEquals("Subject access request SAR-17", with.getString("reason"));

        assertEquals(403, api.get("people/" + person + "/subject-access", "prac.sam", PASSWORD).status());
        assertEquals(403, api.get("people/" + person + "/subject-access", "police.ray", PASSWORD).status());
        assertEquals(404, api.get("people/999999999/subject-access", "mgr.ana", PASSWORD).status());
        assertEquals(400, api.get("people/" + person + "/subject-access?reason=" + "x".repeat(1001), "cg.pat",
                PASSWORD).status());
    }

    static long personIn(Api api, String reference, String given, String family, LocalDate born) throws Exception {
        return api.get("people/matches?givenName=" + given + "&familyName=" + family + "&dateOfBirth=" + born,
                "prac.sam", PASSWORD).array().getValuesAs(JsonObject.class).stream()
                .filter(match -> match.getString("enquiryReference").equals(reference)).findFirst().orElseThrow()
                .getJsonNumber("subjectId").longValue();
    }

    /**
     * A date of birth no other test's child has: a bundle takes in every enquiry with someone of the same date of
     * birth whose given or family name sounds alike, and a run has hundreds of children born on the usual day.
     */
    static LocalDate uniqueDateOfBirth() {
        return LocalDate.of(2008, 1, 1).plusDays(new Random().nextInt(4000));
    }

    private HttpResponse<byte[]> pdf(long person, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        new URL(base, "/imap/api/v1/people/" + person + "/subject-access").toURI())
                .header("Authorization", "Basic " + basic).header("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Letters only, as names are, random from the first letter on: names are matched by their sound's first letters,
     * so a fixed beginning would make every name in the run sound alike.
     */
    static String uniqueName() {
        Random random = new Random();
        StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
