package uk.imap.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import uk.imap.access.control.SignedIn;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.sharing.Agencies;

/** Backs the header of every page and me.xhtml: who is signed in, with which roles; and signing out. */
@Named
@RequestScoped
public class SignedInUser {

    @Inject
    Callers callers;

    @Inject
    SignedIn signedIn;

    @Inject
    Agencies agencies;

    private StaffMember member;

    // Read from the request's identity as the services read it, not through a call into one of them: the header
    // of every page would otherwise pay an EJB call and its transaction (6 % of a trivial page, by a recording).
    // Someone signed in with none of IMAP's roles still goes through the call, which refuses them as before.
    public StaffMember getMember() {
        if (member == null) {
            StaffMember read = signedIn.member();
            member = read.roles().isEmpty() ? callers.current() : read;
        }
        return member;
    }

    public List<String> getRoles() {
        return Roles.ALL.stream().filter(getMember()::has).toList();
    }

    /** Hub practitioners and managers have a worklist and take enquiries; other roles' pages come with their features. */
    public boolean isHubStaff() {
        return getMember().has(Roles.PRACTITIONER) || getMember().has(Roles.MANAGER);
    }

    /** Partner-agency officers answer the requests addressed to their agency. */
    public boolean isAgencyResponder() {
        return getMember().has(Roles.AGENCY_RESPONDER);
    }

    public boolean isCaldicottGuardian() {
        return getMember().has(Roles.CALDICOTT_GUARDIAN);
    }

    /** Managers and the Caldicott Guardian decide consent overrides (R4). */
    /** Managers and auditors read the hub's performance figures (R25). */
    public boolean isPerformanceReader() {
        return getMember().has(Roles.MANAGER) || getMember().has(Roles.AUDITOR);
    }

    /** Auditors and administrators read who may do what (R20). */
    public boolean isItAuditReader() {
        return getMember().has(Roles.AUDITOR) || getMember().has(Roles.ADMINISTRATOR);
    }

    public boolean isOverrideDecider() {
        return getMember().has(Roles.MANAGER) || isCaldicottGuardian();
    }

    /** The caller's agency by the name people read. */
    public String getAgencyName() {
        String agency = getMember().agency();
        return agency == null ? "your agency" : agencies.names().getOrDefault(agency, agency);
    }

    public String getRoleNames() {
        return String.join(", ", getRoles());
    }

    /** When this session ends however busy the person is, in milliseconds since 1970, for the page's warning (R27). */
    public long getSessionEndsAt() {
        return sessionEnd().toEpochMilli();
    }

    /** The same moment as the hub's clocks show it. */
    public String getSessionEndsAtTime() {
        return WorkingCalendar.clockTime(sessionEnd());
    }

    private Instant sessionEnd() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        return SessionLifetime.endsAt(Instant.ofEpochMilli(session.getCreationTime()));
    }

    /** Ends the session on the server, not only in the browser, and returns to the sign-in page. */
    public String signOut() throws ServletException {
        callers.signingOut();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        SessionOwner.release((HttpSession) external.getSession(false));
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true&signedOut=true";
    }
}
