package uk.imap.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/** The data generator at a small scale: the same hub from the same seed, made through the API, the chain intact. */
class CouncilDataIT extends OverTheApi {

    static final CouncilPlan PLAN = CouncilPlan.of(2026, 0.0003);

    @Test
    @DisplayName("The same seed plans the same hub, whatever order its enquiries are reached in; another seed another")
    void samePlanFromTheSameSeed() {
        Map<String, List<String>> teams = PLAN.practitionersByTeam();
        CouncilPlan again = CouncilPlan.of(2026, 0.0003);
        CouncilPlan other = CouncilPlan.of(2027, 0.0003);
        List<CouncilPlan.EnquiryPlan> forwards = IntStream.range(0, PLAN.enquiries())
                .mapToObj(n -> PLAN.enquiry(n, teams.get(PLAN.teamOf(n)))).toList();
        List<CouncilPlan.EnquiryPlan> backwards = new ArrayList<>(IntStream.range(0, PLAN.enquiries())
                .map(n -> PLAN.enquiries() - 1 - n).mapToObj(n -> again.enquiry(n, teams.get(again.teamOf(n))))
                .toList());
        Collections.reverse(backwards);
        assertEquals(forwards, backwards);
        assertEquals(PLAN.accounts(), again.accounts());
        assertNotEquals(forwards, IntStream.range(0, other.enquiries())
                .mapToObj(n -> other.enquiry(n, teams.get(other.teamOf(n)))).toList());
    }

    @Test
    @DisplayName("R18 R19 the generator makes every planned account and record through the API, and the chain verifies")
    void makesThePlanThroughTheApi() throws Exception {
        CouncilData.Made made = new CouncilData(api, PLAN, PASSWORD).make("admin.eve", PASSWORD, 4);

        Map<String, List<String>> teams = PLAN.practitionersByTeam();
        List<CouncilPlan.EnquiryPlan> planned = IntStream.range(0, PLAN.enquiries())
                .mapToObj(n -> PLAN.enquiry(n, teams.get(PLAN.teamOf(n)))).toList();
        assertEquals(PLAN.enquiries(), made.enquiries());
        assertEquals(planned.stream().mapToLong(e -> e.people().size()).sum(), made.people());
        assertEquals(planned.stream().filter(e -> e.stage() == CouncilPlan.Stage.CLOSED).count(), made.closed());
        assertEquals(planned.stream().filter(e -> e.stage().compareTo(CouncilPlan.Stage.ASKED) >= 0)
                .mapToLong(e -> e.agencies().size()).sum(), made.requests());
        for (CouncilPlan.EnquiryPlan enquiry : planned) {
            JsonObject stored = api.get("enquiries/" + made.references().get(enquiry.number()), enquiry.owner(),
                    PASSWORD).json();
            assertEquals(enquiry.people().size(), stored.getJsonArray("subjects").size());
            assertEquals(enquiry.priority(), stored.getString("priority"));
            if (enquiry.stage() == CouncilPlan.Stage.CLOSED) {
                assertEquals("CLOSED", stored.getString("status"));
                assertEquals(enquiry.outcome(), stored.getString("outcome"));
            } else if (enquiry.stage() == CouncilPlan.Stage.DRAFT) {
                assertEquals("DRAFT", stored.getString("status"));
            }
        }
        Api.Answer verified = api.get("audit/verification", "audit.max", PASSWORD);
        assertEquals(200, verified.status(), verified.raw().body());
        assertTrue(verified.json().getBoolean("valid"), verified.raw().body());
    }
}
