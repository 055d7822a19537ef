package uk.imap.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.imap.access.AccountView;
import uk.imap.access.Roles;
import uk.imap.access.control.IdentityStore;
import uk.imap.report.control.ReportStamps;

/**
 * R20: users × roles, read from the identity store the server really uses at the moment the report is asked for.
 * Roles the application does not know are shown too, since an auditor must see everything a person holds.
 */
@Stateless
public class UsersRolesReport {

    /** The identities, the report's table, and its stamp. */
    public record Stamped(String realm, List<AccountView> users, ReportTable table, ReportStamp stamp) {
    }

    @Inject
    IdentityStore identityStore;

    @Inject
    ReportStamps stamps;

    /** Everyone, or only those holding {@code role} when one is given. */
    @RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR})
    public Stamped generate(String role, ReportFormat format) {
        List<AccountView> users = identityStore.everyone().stream()
                .filter(user -> role == null || role.isBlank() || user.roles().contains(role)).toList();
        List<String> headings = new ArrayList<>(List.of("User"));
        headings.addAll(Roles.ALL);
        headings.addAll(List.of("Other roles", "Agency", "Teams", "Can sign in"));
        List<List<String>> rows = new ArrayList<>();
        for (AccountView user : users) {
            List<String> row = new ArrayList<>(List.of(user.username()));
            Roles.ALL.forEach(known -> row.add(user.roles().contains(known) ? "Yes" : "No"));
            row.add(String.join(", ", user.roles().stream().filter(r -> !Roles.ALL.contains(r)).toList()));
            row.add(user.agency() == null ? "" : user.agency());
            row.add(String.join(", ", user.teams()));
            row.add(user.disabled() ? "No: disabled" : "Yes");
            rows.add(row);
        }
        String realm = identityStore.realmName();
        ReportTable table = new ReportTable("Users and their roles in the realm " + realm
                + (role == null || role.isBlank() ? "" : ", holding " + role), headings, rows);
        return new Stamped(realm, users, table, stamps.stamp("users-roles", format,
                role == null || role.isBlank() ? null : "role " + role));
    }
}
