package uk.imap.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.document.control.ContentType;
import uk.imap.document.control.DocumentShelf;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.control.KnownEnquiries;
import uk.imap.shared.InvalidInput;
import uk.imap.sharing.InformationRequest;
import uk.imap.sharing.RequestStatus;
import uk.imap.sharing.control.KnownRequests;

/**
 * R31: documents attached to an enquiry by the hub and to an answer by the agency asked. Each is typed from its
 * content and hashed; adding, listing and every download are audit events, the hash in each; only those within need
 * to know read them: the hub's people on the enquiry for all its documents, an agency's responders for their own
 * answers' files.
 */
@Stateless
public class Documents {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    KnownEnquiries knownEnquiries;

    @Inject
    KnownRequests knownRequests;

    @Inject
    ContentType contentType;

    @Inject
    DocumentShelf shelf;

    private final Clock clock = Clock.systemUTC();

    /** The hub keeps a file with the enquiry: those who work on it may. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public DocumentView attachToEnquiry(String reference, String name, byte[] content) {
        Enquiry enquiry = knownEnquiries.forAddition(reference);
        return keep(Document.of(name, content, typeOf(content, name), enquiry.id(), null,
                signedIn.member().username(), OffsetDateTime.now(clock)));
    }

    /** An agency keeps a file with its answer to a request addressed to it, unless the request was withdrawn. */
    @RolesAllowed(Roles.AGENCY_RESPONDER)
    public DocumentView attachToAnswer(long requestId, String name, byte[] content) {
        InformationRequest request = knownRequests.addressedToCaller(requestId);
        if (request.status() == RequestStatus.WITHDRAWN) {
            throw new InvalidInput("file", "The request was withdrawn: nothing more can be attached to it");
        }
        return keep(Document.of(name, content, typeOf(content, name), request.enquiry().id(), requestId,
                signedIn.member().username(), OffsetDateTime.now(clock)));
    }

    /** Every document of the enquiry, the hub's and the agencies', oldest first. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<DocumentView> ofEnquiry(String reference) {
        Enquiry enquiry = knownEnquiries.withinNeedToKnow(reference);
        auditTrail.record(AuditAction.DOCUMENTS_READ, RecordType.ENQUIRY, enquiry.reference().value());
        return shelf.of(enquiry);
    }

    /** The documents of one answer: for the agency asked, or the hub within need to know of the enquiry. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER})
    public List<DocumentView> ofRequest(long requestId) {
        StaffMember me = signedIn.member();
        if (me.has(Roles.AGENCY_RESPONDER)) {
            knownRequests.addressedToCaller(requestId);
        } else {
            knownRequests.ofKnownEnquiry(requestId);
        }
        auditTrail.record(AuditAction.DOCUMENTS_READ, RecordType.INFORMATION_REQUEST, String.valueOf(requestId));
        return shelf.ofRequest(requestId);
    }

    /** One document's content, for its download; refused and audited outside need to know. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER})
    public DocumentFile download(long id) {
        Document document = em.find(Document.class, id);
        if (document == null) {
            throw new NoSuchDocument(id);
        }
        StaffMember me = signedIn.member();
        if (me.has(Roles.AGENCY_RESPONDER)) {
            if (document.requestId() == null) {
                auditTrail.recordDenial(RecordType.DOCUMENT, String.valueOf(id), "the hub's own document");
                throw new OutsideNeedToKnow(String.valueOf(id));
            }
            knownRequests.addressedToCaller(document.requestId());
        } else {
            knownEnquiries.withinNeedToKnow(em.find(Enquiry.class, document.enquiryId()).reference().value());
        }
        auditTrail.record(AuditAction.DOCUMENT_DOWNLOADED, RecordType.DOCUMENT, String.valueOf(id),
                "sha256 " + document.sha256());
        return new DocumentFile(document.name(), document.mediaType(), document.sha256(), document.content());
    }

    private String typeOf(byte[] content, String name) {
        return content == null || content.length == 0 ? "" : contentType.of(content, name);
    }

    private DocumentView keep(Document document) {
        em.persist(document);
        em.flush();
        auditTrail.record(AuditAction.DOCUMENT_ADDED, RecordType.DOCUMENT, String.valueOf(document.id()),
                "sha256 " + document.sha256());
        return document.view();
    }
}
