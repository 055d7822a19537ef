package uk.imap.sharing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.consent.Capacity;
import uk.imap.consent.ConsentDetails;
import uk.imap.consent.ConsentGround;
import uk.imap.consent.ConsentKind;
import uk.imap.enquiry.DecisionClock;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.EnquiryStatus;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;

/** Enquiries, requests and answers as the sharing tests need them. */
final class Cases {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.UTC);
    static final DecisionClock CLOCK = new DecisionClock(new WorkingCalendar(Set.of()), Map.of());
    static final StaffMember SAM = new StaffMember("prac.sam", Set.of(Roles.PRACTITIONER), "CHILDRENS_SOCIAL_CARE",
            "HUB_TEAM_A");
    static final StaffMember RAY = new StaffMember("police.ray", Set.of(Roles.AGENCY_RESPONDER), "POLICE", null);
    static final StaffMember KIM = new StaffMember("health.kim", Set.of(Roles.AGENCY_RESPONDER), "HEALTH", null);
    static final Set<String> AGENCIES = Set.of("POLICE", "HEALTH", "EDUCATION");
    static final Set<String> GATEWAYS = Set.of("CHILDREN_ACT_1989_S47", "CHILDREN_ACT_2004_S11",
            "DPA_2018_SCH1_PARA18");

    private Cases() {
    }

    /** An open enquiry of the given priority whose consent decision is of the given kind. */
    static Enquiry openEnquiry(Priority priority, ConsentKind consent) {
        Enquiry enquiry = draft(priority);
        enquiry.record(consent(consent), SAM, NOW);
        enquiry.moveTo(EnquiryStatus.OPEN, null, null, SAM, NOW);
        return enquiry;
    }

    static Enquiry draft(Priority priority) {
        Intake intake = new Intake(Source.ANONYMOUS, null, "Child seen with bruises", Threshold.S47_SIGNIFICANT_HARM,
                priority, List.of("NEGLECT"), List.of(new SubjectDetails(SubjectKind.CHILD, "Robin", "Jones",
                LocalDate.of(2015, 6, 1), "1 High Street", Relationship.SUBJECT)));
        return Enquiry.draft(() -> EnquiryReference.of(2026, 9), intake, SAM, NOW, Set.of("NEGLECT"), CLOCK);
    }

    static ConsentDetails consent(ConsentKind kind) {
        return switch (kind) {
            case GRANTED -> new ConsentDetails(kind, "Alex Jones (mother)", true, true, true, true, null, null, null,
                    null, null, null, Capacity.NOT_APPLICABLE, null);
            case REFUSED -> new ConsentDetails(kind, "Alex Jones (mother)", false, false, false, false,
                    "Said no agency may be told", null, null, null, null, null, null, null);
            case NOT_SOUGHT -> new ConsentDetails(kind, null, false, false, false, false, null,
                    Set.of(ConsentGround.RISK_OF_HARM), Set.of(), "Asking would alert the father", null, null, null,
                    null);
            case IMPLIED_BY_SERVICE -> new ConsentDetails(kind, null, false, false, false, false, null, null, null,
                    null, "CAMHS referral", "Alex Jones (mother)", null, null);
        };
    }

    static RequestDetails askPolice() {
        return ask("POLICE", "Police hold domestic abuse call-outs to the address");
    }

    static RequestDetails ask(String agency, String necessity) {
        return new RequestDetails(agency, "Decide whether the child is at risk of significant harm", necessity,
                List.of("CHILDREN_ACT_1989_S47"), List.of(InformationCategory.DOMESTIC_ABUSE_INCIDENTS),
                "Shows whether violence at home is recent and repeated",
                "Without it the hub may leave a child in a violent home");
    }

    static InformationRequest sent(Enquiry enquiry, RequestDetails details) {
        return InformationRequest.send(enquiry, List.of(details), AGENCIES, GATEWAYS, ResponseTimes.DEFAULTS, SAM, NOW)
                .get(0);
    }

    static DisclosureDetails.ItemDetails item(InformationCategory category, String justification) {
        return new DisclosureDetails.ItemDetails(category, "Three call-outs since March, one arrest",
                Reliability.VERIFIED, Sensitivity.STANDARD, justification);
    }

    static DisclosureDetails sharePart(ConsentBasis basis) {
        return new DisclosureDetails(DisclosureDecision.SHARE_PART, "Relevant to the child's safety", basis, null,
                List.of(item(InformationCategory.DOMESTIC_ABUSE_INCIDENTS, null)),
                List.of(new DisclosureDetails.RetainedDetails("An open investigation", "Disclosure would prejudice it")),
                EnumSet.allOf(CaldicottPrinciple.class), null, null);
    }

    static DisclosureDetails decline() {
        return new DisclosureDetails(DisclosureDecision.DECLINE, "Nothing is held about this household", null, null,
                List.of(), List.of(), EnumSet.allOf(CaldicottPrinciple.class), null, null);
    }
}
