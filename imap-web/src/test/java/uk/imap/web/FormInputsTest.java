package uk.imap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.AccountView;
import uk.imap.admin.AccountInput;
import uk.imap.consent.OverrideDetails;
import uk.imap.consent.OverrideInput;
import uk.imap.enquiry.Assignment;
import uk.imap.enquiry.AssignmentInput;
import uk.imap.shared.InvalidInput;

/** The input classes the pages and the API share: what a person types becomes the same details either way. */
class FormInputsTest {

    @Test
    @DisplayName("R20 teams typed in one box, with spaces or commas, are the same teams the API sends as a list")
    void teamsTypedOrSent() {
        AccountInput typed = new AccountInput();
        typed.setUsername("  prac.new ");
        typed.setRoles(List.of("PRACTITIONER", "MANAGER"));
        typed.setTeamsTyped(" HUB_TEAM_A,HUB_TEAM_B  HUB_TEAM_A ");
        AccountInput sent = new AccountInput();
        sent.setUsername("prac.new");
        sent.setRoles(List.of("MANAGER", "PRACTITIONER"));
        sent.setTeams(Set.of("HUB_TEAM_B", "HUB_TEAM_A"));
        assertEquals(sent.details(), typed.details());
        assertEquals("HUB_TEAM_A HUB_TEAM_B", typed.getTeamsTyped());
    }

    @Test
    @DisplayName("R20 loading an account to change it fills everything but the password")
    void loadingAnAccount() {
        AccountInput form = new AccountInput();
        form.setPassword("left over from before");
        form.fill(new AccountView("mgr.ana", Set.of("MANAGER"), "CHILDRENS_SOCIAL_CARE", Set.of("HUB_TEAM_A"), false));
        assertEquals(null, form.getPassword());
        assertEquals("HUB_TEAM_A", form.getTeamsTyped());
        assertEquals(List.of("MANAGER"), form.getRoles());
    }

    @Test
    @DisplayName("R16 a change of owner or assignee is read from its code in any case; an unknown code is refused")
    void assignmentCodes() {
        AssignmentInput input = new AssignmentInput();
        assertEquals(Assignment.ADD, input.parsedChange(), "adding is what the page offers first");
        input.setChange(" hand_over ");
        assertEquals(Assignment.HAND_OVER, input.parsedChange());
        input.setChange("DELETE_EVERYONE");
        InvalidInput refused = assertThrows(InvalidInput.class, input::parsedChange);
        assertEquals("change", refused.problems().get(0).field());
        input.setUsername("prac.lee");
        input.setReason("Covers while Sam is away");
        input.clearTyped();
        assertEquals(null, input.getUsername());
        assertEquals("DELETE_EVERYONE", input.getChange(), "the chosen kind of change stays");
    }

    @Test
    @DisplayName("R4 the public-interest case typed or sent is the same three texts")
    void overrideCase() {
        OverrideInput input = new OverrideInput();
        input.setJustification("Risk of serious harm");
        input.setHarmOfSharing("Family may disengage");
        input.setHarmOfNotSharing("Child left at risk");
        assertEquals(new OverrideDetails("Risk of serious harm", "Family may disengage", "Child left at risk"),
                input.toDetails());
    }
}
