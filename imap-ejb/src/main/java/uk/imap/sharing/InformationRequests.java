package uk.imap.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.casefile.control.KeptViews;
import uk.imap.consent.ConsentDecision;
import uk.imap.consent.ConsentOverride;
import uk.imap.document.control.DocumentShelf;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.NeedToKnow;
import uk.imap.enquiry.control.KnownEnquiries;
import uk.imap.enquiry.control.WithinNeedToKnow;
import uk.imap.shared.InvalidInput;
import uk.imap.sharing.control.AskedViews;
import uk.imap.sharing.control.EnquiryAnswers;
import uk.imap.sharing.control.GuardedItems;
import uk.imap.sharing.control.KnownRequests;

/**
 * Information requests to partner agencies: sent and withdrawn by the hub (R10, R15), listed for the agency asked,
 * and read with their answers by those who may see the enquiry (R16).
 */
@Stateless
public class InformationRequests {

    // Answered and withdrawn requests on the agency's list: the newest, as many as a person reads.
    static final int SETTLED_SHOWN = 100;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    DocumentShelf shelf;

    @Inject
    KnownEnquiries enquiries;

    @Inject
    KnownRequests requests;

    @Inject
    Agencies agencies;

    @Inject
    ResponseTimeSettings responseTimes;

    @Inject
    GuardedItems guardedItems;

    @Inject
    EnquiryAnswers answers;

    @Inject
    AskedViews askedViews;

    @Inject
    Event<RequestNotice> notices;

    private final Clock clock = Clock.systemUTC();

    /**
     * Sends one request to each agency named, each with its own reason (R10), due by the response time of the
     * enquiry's priority (R15); each agency's shared mailbox is told once the requests are stored.
     *
     * @throws uk.imap.shared.InvalidInput naming every problem in every request; nothing is sent then
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<RequestView> send(String reference, List<RequestDetails> batch) {
        Enquiry enquiry = enquiries.forChange(reference);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<String> agencyCodes = agencies.active().stream().map(Agencies.Choice::code).collect(Collectors.toSet());
        Set<String> gatewayCodes = agencies.legalGateways().stream().map(Agencies.Choice::code)
                .collect(Collectors.toSet());
        List<InformationRequest> sent = InformationRequest.send(enquiry, batch, agencyCodes, gatewayCodes,
                new ResponseTimes(responseTimes.hours()), signedIn.member(), now);
        sent.forEach(em::persist);
        em.flush();
        for (InformationRequest request : sent) {
            auditTrail.record(AuditAction.REQUEST_SENT, RecordType.INFORMATION_REQUEST, String.valueOf(request.id()));
            notices.fire(new RequestNotice(RequestNotice.Kind.SENT, request.id(), enquiry.reference().value(),
                    request.agency(), em.find(Agency.class, request.agency()).sharedMailbox(), request.dueAt()));
        }
        return sent.stream().map(r -> RequestView.of(r, now, false)).toList();
    }

    /** Withdraws a request still out, with the reason; the last one out moves the enquiry on to its decision. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public RequestView withdraw(long id, String reason) {
        InformationRequest request = requests.forChange(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        request.withdraw(reason, signedIn.member(), now);
        em.flush();
        auditTrail.record(AuditAction.REQUEST_WITHDRAWN, RecordType.INFORMATION_REQUEST, String.valueOf(id));
        return RequestView.of(request, now, guardedContentFor(request.enquiry()));
    }

    /**
     * Every request about the enquiry with every answer, for the hub. Each view of a sensitive or restricted item is
     * audited (R13).
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<RequestView> ofEnquiry(String reference) {
        return answers.of(enquiries.withinNeedToKnow(reference), OffsetDateTime.now(clock));
    }

    /** One request with its answers, for the hub (R13 as for {@link #ofEnquiry}). */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public RequestView find(long id) {
        InformationRequest request = requests.ofKnownEnquiry(id);
        auditTrail.record(AuditAction.REQUEST_READ, RecordType.INFORMATION_REQUEST, String.valueOf(id));
        RequestView view = RequestView.of(request, OffsetDateTime.now(clock), guardedContentFor(request.enquiry()));
        view.disclosures().forEach(guardedItems::viewed);
        return view;
    }

    /**
     * The agency portal's list: requests addressed to the caller's agency (R15). The open ones come whole, overdue
     * first (they are the earliest due), then by due time; after them the newest {@value #SETTLED_SHOWN} answered or
     * withdrawn, so that years of answers neither hide the work nor slow the list.
     *
     * @param status only requests in this status, or null for all
     */
    @RolesAllowed(Roles.AGENCY_RESPONDER)
    public List<AskedRequestView> forMyAgency(RequestStatus status, boolean overdueOnly) {
        return forMyAgency(status, overdueOnly, 0, Integer.MAX_VALUE).requests();
    }

    /**
     * A page of the agency portal's list (the list as {@link #forMyAgency(RequestStatus, boolean)} gives it whole):
     * at a big council's size an agency may have thousands of requests out, too many to read, send or show at once.
     *
     * @param first the position of the page's first request, from 0
     * @param most  how many requests the page holds at most, at least 1
     */
    @RolesAllowed(Roles.AGENCY_RESPONDER)
    public AgencyRequests forMyAgency(RequestStatus status, boolean overdueOnly, int first, int most) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String agency = signedIn.member().agency();
        boolean whole = first == 0 && most == Integer.MAX_VALUE;
        // The whole list needs no counting: it is as long as what is read.
        long open = whole ? Integer.MAX_VALUE : openCount(agency, status, overdueOnly, now);
        long settled = whole ? SETTLED_SHOWN : settledCount(agency, status, overdueOnly, now);
        // The page's requests with their enquiries' versions (request id to version), in the list's order.
        Map<Long, Long> versions = new LinkedHashMap<>();
        if (first < open && isOpenListed(status)) {
            versions.putAll(addressedTo(agency, openCondition(overdueOnly), "r.due_at, r.id", first, most, status,
                    now));
        }
        long settledFirst = Math.max(0, first - open);
        int room = most - versions.size();
        if (room > 0 && settledFirst < settled && isSettledListed(status, overdueOnly)) {
            versions.putAll(addressedTo(agency, settledCondition(status), "r.due_at DESC, r.id DESC",
                    (int) settledFirst, (int) Math.min(room, settled - settledFirst), status, now));
        }
        // Issue 16: each request as held from an earlier look at its enquiry's present version; the rest read.
        Map<Long, AskedRequestView> held = new HashMap<>();
        versions.forEach((id, version) -> askedViews.of(id, version, now).ifPresent(view -> held.put(id, view)));
        Map<Long, AskedRequestView> read = read(versions.keySet().stream().filter(id -> !held.containsKey(id))
                .toList(), now, versions);
        // A request gone between the two statements (its enquiry erased) is left out, not shown as nothing.
        List<AskedRequestView> asked = versions.keySet().stream()
                .map(id -> held.containsKey(id) ? held.get(id) : read.get(id)).filter(Objects::nonNull).toList();
        if (KeptViews.COMPARED && !held.isEmpty()) {
            Map<Long, AskedRequestView> asBefore = read(List.copyOf(held.keySet()), now, Map.of());
            held.forEach((id, view) -> {
                if (!view.equals(asBefore.get(id))) {
                    throw new IllegalStateException("The held view of request " + id + " differs from it as read");
                }
            });
        }
        auditTrail.record(AuditAction.AGENCY_REQUESTS_READ, null, null);
        return new AgencyRequests(asked, first, whole ? asked.size() : open + settled);
    }

    private static boolean isOpenListed(RequestStatus status) {
        return status == null || status == RequestStatus.SENT;
    }

    private static boolean isSettledListed(RequestStatus status, boolean overdueOnly) {
        return !overdueOnly && status != RequestStatus.SENT;
    }

    // The list's statements are SQL: EclipseLink prepares a JPQL query afresh whenever a limit is set on it, a third
    // of each statement's time at 50 users. ?1 is the agency, ?2 SENT, ?3 the status asked for, ?4 the time now.
    private static String openCondition(boolean overdueOnly) {
        return "r.status = ?2" + (overdueOnly ? " AND r.due_at < ?4" : "");
    }

    private static String settledCondition(RequestStatus status) {
        return "r.status <> ?2" + (status == null ? "" : " AND r.status = ?3");
    }

    private long openCount(String agency, RequestStatus status, boolean overdueOnly, OffsetDateTime now) {
        if (!isOpenListed(status)) {
            return 0;
        }
        String condition = openCondition(overdueOnly);
        return ((Number) withParameters(em.createNativeQuery("SELECT COUNT(*) FROM information_request r"
                + " WHERE r.agency = ?1 AND " + condition), agency, condition, status, now).getSingleResult())
                .longValue();
    }

    // At most the newest SETTLED_SHOWN are listed, so no more are counted: counting all of an agency's answers took
    // 17 ms of the database's time on every page (16,000 rows at 63 % of scale 1), reading a hundred ids 0.4 ms.
    private long settledCount(String agency, RequestStatus status, boolean overdueOnly, OffsetDateTime now) {
        if (!isSettledListed(status, overdueOnly)) {
            return 0;
        }
        String condition = settledCondition(status);
        return withParameters(em.createNativeQuery("SELECT r.id FROM information_request r WHERE r.agency = ?1 AND "
                + condition + " FETCH FIRST " + SETTLED_SHOWN + " ROWS ONLY"), agency, condition, status, now)
                .getResultList().size();
    }

    private Map<Long, Long> addressedTo(String agency, String condition, String order, int first, int most,
                                        RequestStatus status, OffsetDateTime now) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        for (Object found : withParameters(em.createNativeQuery("SELECT r.id, e.version FROM information_request r"
                        + " JOIN enquiry e ON e.id = r.enquiry_id WHERE r.agency = ?1 AND " + condition + " ORDER BY "
                        + order + " OFFSET " + first + " ROWS FETCH NEXT " + most + " ROWS ONLY"), agency, condition,
                status, now).getResultList()) {
            Object[] row = (Object[]) found;
            versions.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return versions;
    }

    /*
     * Requests as the agency sees them, read from the requests themselves by id; each held for the next look under
     * its enquiry's version where one is given. That version was read before anything here, so what is held is of it
     * or newer, never older: held newer, it is simply never used (the enquiry is past that version already).
     */
    private Map<Long, AskedRequestView> read(List<Long> ids, OffsetDateTime now, Map<Long, Long> versionsToHold) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        TypedQuery<InformationRequest> query = em.createQuery("SELECT r FROM InformationRequest r WHERE r.id IN :ids",
                InformationRequest.class).setParameter("ids", ids);
        // One query per association for the whole list, not one per request.
        for (String path : new String[] {"r.enquiry", "r.enquiry.subjects", "r.enquiry.consentDecisions",
                "r.enquiry.consentDecisions.grounds", "r.enquiry.consentDecisions.factors", "r.disclosures",
                "r.disclosures.items", "r.disclosures.retained", "r.legalGateways", "r.categories"}) {
            query.setHint("eclipselink.batch", path);
        }
        // Read only: nothing on the list is changed here, so the commit need not compare every object read with a copy
        // of itself (a quarter of the list's time at 50 users).
        Map<Long, AskedRequestView> read = new HashMap<>();
        for (InformationRequest request : query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.read-only", "true").getResultList()) {
            AskedRequestView view = AskedRequestView.of(request, now);
            read.put(request.id(), view);
            if (versionsToHold.containsKey(request.id())) {
                askedViews.hold(request.id(), request.enquiry().id(), versionsToHold.get(request.id()), view);
            }
        }
        return read;
    }

    private static Query withParameters(Query query, String agency, String condition, RequestStatus status,
                                        OffsetDateTime now) {
        query.setParameter(1, agency).setParameter(2, RequestStatus.SENT.name());
        if (condition.contains("?3")) {
            query.setParameter(3, status.name());
        }
        if (condition.contains("?4")) {
            query.setParameter(4, now);
        }
        return query;
    }

    /**
     * One request as the caller may see it (R16): an agency responder sees it as asked of their agency, hub staff
     * the whole request with its answers.
     *
     * @return an {@link AskedRequestView} or a {@link RequestView}
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER})
    public Object read(long id) {
        return signedIn.member().answersForAnAgency() ? asked(id) : find(id);
    }

    /** One request as the agency asked sees it: only what answering needs (R16). */
    @RolesAllowed(Roles.AGENCY_RESPONDER)
    public AskedRequestView asked(long id) {
        InformationRequest request = requests.addressedToCaller(id);
        auditTrail.record(AuditAction.REQUEST_READ, RecordType.INFORMATION_REQUEST, String.valueOf(id));
        ConsentDecision consent = request.enquiry().currentConsent();
        List<Long> overrides = em.createQuery("SELECT o FROM ConsentOverride o WHERE o.enquiryId = :enquiry"
                        + " ORDER BY o.id", ConsentOverride.class)
                .setParameter("enquiry", request.enquiry().id()).getResultStream()
                .filter(o -> o.allowsSharingBy(request.agency(), consent)).map(ConsentOverride::id).toList();
        return AskedRequestView.of(request, OffsetDateTime.now(clock), overrides, shelf.ofRequest(id));
    }

    /**
     * R13: reveals one restricted item's content to someone who may see guarded content, for the reason given; the
     * reveal is an audit event with its reason.
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public String reveal(long itemId, String reason) {
        List<Disclosure> found = em.createQuery("SELECT d FROM Disclosure d JOIN d.items i WHERE i.id = :id",
                Disclosure.class).setParameter("id", itemId).getResultList();
        if (found.isEmpty()) {
            throw new InvalidInput("item", "There is no such item");
        }
        Disclosure disclosure = found.get(0);
        Enquiry enquiry = enquiries.withinNeedToKnow(disclosure.request().enquiry().reference().value());
        if (!guardedContentFor(enquiry)) {
            auditTrail.recordDenial(RecordType.DISCLOSED_ITEM, String.valueOf(itemId), "guarded content (R13)");
            throw new OutsideNeedToKnow(String.valueOf(itemId));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Say why you need to see restricted information");
        }
        DisclosedItem item = disclosure.items().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
        auditTrail.record(AuditAction.RESTRICTED_ITEM_REVEALED, RecordType.DISCLOSED_ITEM, String.valueOf(itemId),
                reason.strip());
        return item.content();
    }

    private boolean guardedContentFor(Enquiry enquiry) {
        return NeedToKnow.of(signedIn.member()).seesGuardedContent(enquiry);
    }

    /** R15 escalation: requests past due on enquiries the caller may see, the most overdue first. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<RequestView> overdue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        WithinNeedToKnow within = WithinNeedToKnow.of(signedIn.member(), em);
        List<RequestView> overdue = within.bind(em.createQuery("SELECT r FROM InformationRequest r JOIN"
                        + " r.enquiry e WHERE r.status = :sent AND r.dueAt < :now AND " + within.condition()
                        + " ORDER BY r.dueAt, r.id", InformationRequest.class))
                .setParameter("sent", RequestStatus.SENT).setParameter("now", now)
                .getResultStream().map(r -> RequestView.of(r, now, false)).toList();
        auditTrail.record(AuditAction.OVERDUE_REQUESTS_READ, null, null);
        return overdue;
    }
}
