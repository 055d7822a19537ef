package uk.imap.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.shared.DomainException;
import uk.imap.web.DateBoxes;
import uk.imap.web.Notices;

/**
 * Backs reports/audit.xhtml: the IT auditor's reports (R20): users × roles with a role filter, roles × operations,
 * privileged changes, and access by user or record, each on the page and as CSV or PDF.
 */
@Named
@ViewScoped
public class AuditReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UsersRolesReport usersRoles;

    @Inject
    transient RolePermissions rolePermissions;

    @Inject
    transient AccessReport access;

    @Inject
    transient PrivilegedChangesReport privilegedChanges;

    private String role;
    private String user;
    private String record;
    private DateBoxes accessFrom = new DateBoxes();
    private DateBoxes accessTo = new DateBoxes();
    private DateBoxes changesFrom = new DateBoxes();
    private DateBoxes changesTo = new DateBoxes();
    private ReportTable usersTable;
    private ReportTable accessTable;
    private ReportTable changesTable;
    private String permissionsRole;
    private ReportTable permissionsTable;

    public List<String> getRoles() {
        return Roles.ALL;
    }

    public void showUsers() {
        usersTable = usersRoles.generate(role, ReportFormat.PAGE).table();
    }

    public void downloadUsers(String format) throws IOException {
        ReportFormat chosen = ReportFormat.valueOf(format);
        UsersRolesReport.Stamped stamped = usersRoles.generate(role, chosen);
        ReportDownload.send("users-roles", chosen, UsersRolesResource.TITLE, null, stamped.stamp(),
                List.of(stamped.table()));
    }

    public void showPermissions() {
        permissionsTable = rolePermissions.report(ReportFormat.PAGE).table(permissionsRole);
    }

    public void downloadPermissions(String format) throws IOException {
        ReportFormat chosen = ReportFormat.valueOf(format);
        RolePermissions.Stamped stamped = rolePermissions.report(chosen);
        ReportDownload.send("role-permissions", chosen, RolePermissionsResource.TITLE, null, stamped.stamp(),
                List.of(stamped.table(permissionsRole)));
    }

    public ReportTable getPermissionsTable() {
        return permissionsTable;
    }

    public String getPermissionsRole() {
        return permissionsRole;
    }

    public void setPermissionsRole(String permissionsRole) {
        this.permissionsRole = permissionsRole;
    }

    public void showAccess() {
        try {
            DayPeriod period = DateBoxes.period(accessFrom, accessTo);
            accessTable = access.generate(user, record, period.start(), period.end(), ReportFormat.PAGE).table();
        } catch (DomainException refused) {
            accessTable = null;
            Notices.refuse("access", refused);
        }
    }

    public void downloadAccess(String format) throws IOException {
        ReportFormat chosen = ReportFormat.valueOf(format);
        try {
            DayPeriod period = DateBoxes.period(accessFrom, accessTo);
            AccessReport.Stamped stamped = access.generate(user, record, period.start(), period.end(), chosen);
            ReportDownload.send("access", chosen, AccessResource.TITLE, period.text(), stamped.stamp(),
                    List.of(stamped.table()));
        } catch (DomainException refused) {
            Notices.refuse("access", refused);
        }
    }

    public void showChanges() {
        try {
            DayPeriod period = DateBoxes.period(changesFrom, changesTo);
            changesTable = privilegedChanges.generate(period.start(), period.end(), ReportFormat.PAGE).table();
        } catch (DomainException refused) {
            changesTable = null;
            Notices.refuse("changes", refused);
        }
    }

    public void downloadChanges(String format) throws IOException {
        ReportFormat chosen = ReportFormat.valueOf(format);
        try {
            DayPeriod period = DateBoxes.period(changesFrom, changesTo);
            PrivilegedChangesReport.Stamped stamped = privilegedChanges.generate(period.start(), period.end(), chosen);
            ReportDownload.send("privileged-changes", chosen, PrivilegedChangesResource.TITLE, period.text(),
                    stamped.stamp(), List.of(stamped.table()));
        } catch (DomainException refused) {
            Notices.refuse("changes", refused);
        }
    }

    public ReportTable getChangesTable() {
        return changesTable;
    }

    public ReportTable getUsersTable() {
        if (usersTable == null) {
            showUsers();
        }
        return usersTable;
    }

    public ReportTable getAccessTable() {
        return accessTable;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }

    public DateBoxes getAccessFrom() {
        return accessFrom;
    }

    public void setAccessFrom(DateBoxes accessFrom) {
        this.accessFrom = accessFrom;
    }

    public DateBoxes getAccessTo() {
        return accessTo;
    }

    public void setAccessTo(DateBoxes accessTo) {
        this.accessTo = accessTo;
    }

    public DateBoxes getChangesFrom() {
        return changesFrom;
    }

    public void setChangesFrom(DateBoxes changesFrom) {
        this.changesFrom = changesFrom;
    }

    public DateBoxes getChangesTo() {
        return changesTo;
    }

    public void setChangesTo(DateBoxes changesTo) {
        this.changesTo = changesTo;
    }
}
