package uk.imap.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.imap.access.control.IdentityStore;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.shared.InvalidInput;
import uk.imap.sharing.Agency;

/**
 * Administrators manage accounts in the identity store the server signs people in against, taking effect at once
 * (R20). Each change is an audit event (a role grant or removal one event per role), written and flushed before the
 * store is touched: if the store refuses, the transaction rolls back and no event claims a change that did not
 * happen. Administrators see accounts, never case records. With a directory as the identity store, accounts are
 * listed here but managed in the directory: every change is refused before anything is recorded.
 */
@Stateless
public class Accounts {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    IdentityStore store;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<AccountView> all() {
        List<AccountView> everyone = store.everyone();
        auditTrail.record(AuditAction.ACCOUNTS_READ, null, null);
        return everyone;
    }

    /** Whether accounts can be created and changed here, not only listed (see {@link IdentityStore#keepsAccounts}). */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public boolean managedHere() {
        return store.keepsAccounts();
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public AccountView create(AccountDetails details, String password) {
        keptHere();
        details.checked(agencyCodes());
        NewPassword checked = NewPassword.of(password, details.username());
        if (store.find(details.username()).isPresent()) {
            throw new InvalidInput("username", "There is already an account called " + details.username() + ".");
        }
        auditTrail.record(AuditAction.ACCOUNT_CREATED, RecordType.USER, details.username());
        details.roles().forEach(role -> auditTrail.record(AuditAction.ROLE_GRANTED, RecordType.USER, details.username(), role));
        em.flush();
        store.create(details, checked);
        return store.find(details.username()).orElseThrow();
    }

    /** Sets roles, agency and teams as given; every role granted or removed is its own event. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public AccountView change(AccountDetails details) {
        keptHere();
        AccountView before = existing(details.username());
        details.checked(agencyCodes());
        details.grantedSince(before.roles()).forEach(role ->
                auditTrail.record(AuditAction.ROLE_GRANTED, RecordType.USER, details.username(), role));
        details.removedSince(before.roles()).forEach(role ->
                auditTrail.record(AuditAction.ROLE_REMOVED, RecordType.USER, details.username(), role));
        if (!Set.copyOf(before.teams()).equals(details.teams()) || !same(before.agency(), details.agency())) {
            auditTrail.record(AuditAction.ACCOUNT_DETAILS_CHANGED, RecordType.USER, details.username(),
                    "agency " + details.agency() + ", teams " + String.join(" ", details.teams()));
        }
        em.flush();
        store.update(details);
        return store.find(details.username()).orElseThrow();
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void resetPassword(String username, String password) {
        keptHere();
        existing(username);
        NewPassword checked = NewPassword.of(password, username);
        auditTrail.record(AuditAction.PASSWORD_RESET, RecordType.USER, username);
        em.flush();
        store.setPassword(username, checked);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void disable(String username) {
        keptHere();
        existing(username);
        auditTrail.record(AuditAction.ACCOUNT_DISABLED, RecordType.USER, username);
        em.flush();
        store.disable(username);
    }

    private void keptHere() {
        if (!store.keepsAccounts()) {
            throw new AccountsInTheDirectory(store.realmName());
        }
    }

    private AccountView existing(String username) {
        return store.find(username == null ? "" : username.strip())
                .orElseThrow(() -> new NoSuchAccount(username));
    }

    private Set<String> agencyCodes() {
        return em.createQuery("SELECT a FROM Agency a", Agency.class).getResultStream().map(Agency::code)
                .collect(Collectors.toSet());
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
