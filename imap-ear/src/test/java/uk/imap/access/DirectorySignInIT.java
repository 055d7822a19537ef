package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.ExtraServer;

/**
 * Sign-in against a council's directory: a real LDAP server (UnboundID's in-memory directory, loaded from an LDIF
 * of people and groups) and a server of IMAP's configured by {@code configure-ldap.cli}. Groups map to roles, a
 * change in the directory works at the next sign-in, and the users × roles report reads the directory.
 */
class DirectorySignInIT {

    static final String PEOPLE = "ou=people,dc=council,dc=example";
    static final String GROUPS = "ou=groups,dc=council,dc=example";
    static final String SERVICE_ACCOUNT = "cn=imap-service,dc=council,dc=example";
    static final String SERVICE_PASSWORD = "Service-Account-Secret-1";

    InMemoryDirectoryServer directory;
    ExtraServer server;

    @Test
    @DisplayName("R20 R16 R27 people sign in with directory passwords and tokens, groups map to roles, and a group change"
            + " works at once")
    void signInAgainstTheDirectory() throws Exception {
        assumeFalse(System.getProperty("imap.server.jvm.args", "").contains("postgresql"),
                "the directory is checked once, on the embedded default's run");
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=council,dc=example");
        config.addAdditionalBindCredentials(SERVICE_ACCOUNT, SERVICE_PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        directory = new InMemoryDirectoryServer(config);
        directory.importFromLDIF(true, Path.of("src", "test", "resources", "council-directory.ldif").toFile());
        directory.startListening();

        server = ExtraServer.copiedFrom(Path.of(System.getProperty("jboss.home")), "directory-server", 300, true)
                .withEnvironment("IMAP_LDAP_URL", "ldap://localhost:" + directory.getListenPort())
                .withEnvironment("IMAP_LDAP_BIND_DN", SERVICE_ACCOUNT)
                .withEnvironment("IMAP_LDAP_BIND_PASSWORD", SERVICE_PASSWORD)
                .withEnvironment("IMAP_LDAP_USERS_DN", PEOPLE)
                .withEnvironment("IMAP_LDAP_GROUPS_DN", GROUPS)
                .withEnvironment("IMAP_SECURITY_REALM", "ImapDirectoryRealm")
                .withEnvironment("IMAP_SECURITY_ROLE_DECODER", "ImapDirectoryGroups")
                .withEnvironment("IMAP_SECURITY_ROLE_MAPPER", "ImapDirectoryRoles");
        server.start(List.of("--server-config=standalone.xml",
                "-Dimap.data.dir=" + server.base().resolve("data"), "-Dimap.smtp.port=3025"));
        Path scripts = Path.of(System.getProperty("imap.config.scripts"));
        Path configuration = server.base().resolve("configuration").resolve("standalone.xml");
        String before = Files.readString(configuration);
        server.cli("--file=" + scripts.resolve("configure-ldap.cli"));
        server.cli("--command=reload");
        String configured = Files.readString(configuration);
        server.cli("--file=" + scripts.resolve("configure-ldap.cli"));
        assertEquals(configured, Files.readString(configuration), "a second run of configure-ldap.cli changed it");
        server.cli("--command=deploy " + Path.of(System.getProperty("imap.ear")).toAbsolutePath());
        server.awaitImapReady();
        Api api = new Api(server.application());

        JsonObject lin = api.get("me", "lin.hub", "Directory-Lin-2026").json();
        assertEquals(List.of("PRACTITIONER"), lin.getJsonArray("roles").getValuesAs(JsonString::getString));
        assertEquals("CHILDRENS_SOCIAL_CARE", lin.getString("agency"));
        assertEquals("HUB_TEAM_A", lin.getString("team"));
        assertEquals(401, api.get("me", "lin.hub", "Directory-Sam-2026").status(), "a wrong password is refused");
        assertEquals(401, api.get("me", "prac.sam", "Imap-Demo-2026").status(),
                "the filesystem realm's users no longer sign in");
        assertEquals(403, api.get("me", "sol.other", "Directory-Sol-2026").status(),
                "a group outside the mapping gives no role");

        List<JsonObject> users = api.get("reports/users-roles", "dev.audit", "Directory-Dev-2026").json()
                .getJsonArray("users").getValuesAs(JsonObject.class);
        assertEquals(Optional.of(List.of("PRACTITIONER")), roles(users, "lin.hub"));
        assertEquals(Optional.of(List.of("AUDITOR")), roles(users, "dev.audit"));
        assertEquals(Optional.of(List.of()), roles(users, "sol.other"));

        // A token's account is read from the directory at each call, as a password's is (R27).
        String bearer = "Bearer " + api.post("tokens", "lin.hub", "Directory-Lin-2026", "").json()
                .getString("accessToken");
        assertEquals(List.of("PRACTITIONER"), api.getWithAuthorization("me", bearer).json().getJsonArray("roles")
                .getValuesAs(JsonString::getString));
        directory.modify("cn=imap-practitioners," + GROUPS, new Modification(ModificationType.DELETE, "member",
                "uid=lin.hub," + PEOPLE));
        directory.modify("cn=imap-managers," + GROUPS, new Modification(ModificationType.ADD, "member",
                "uid=lin.hub," + PEOPLE));
        assertEquals(List.of("MANAGER"), api.get("me", "lin.hub", "Directory-Lin-2026").json().getJsonArray("roles")
                .getValuesAs(JsonString::getString), "moved between groups in the directory, the role follows");
        assertEquals(List.of("MANAGER"), api.getWithAuthorization("me", bearer).json().getJsonArray("roles")
                .getValuesAs(JsonString::getString), "the token's next call has the role the directory gives now");
        users = api.get("reports/users-roles?role=PRACTITIONER", "dev.audit", "Directory-Dev-2026").json()
                .getJsonArray("users").getValuesAs(JsonObject.class);
        assertFalse(roles(users, "lin.hub").isPresent(), "the report reads the directory as it is now");

        // R20: the directory is the council's; IMAP lists its accounts and never writes to it.
        List<JsonObject> listed = api.get("admin/users", "ada.admin", "Directory-Ada-2026").array()
                .getValuesAs(JsonObject.class);
        assertTrue(listed.stream().anyMatch(u -> u.getString("username").equals("mo.manager")), listed.toString());
        Api.Answer create = api.post("admin/users", "ada.admin", "Directory-Ada-2026", """
                {"username": "new.person", "password": "A-Long-Password-2026", "roles": ["PRACTITIONER"],
                 "agency": "CHILDRENS_SOCIAL_CARE", "teams": []}""");
        assertEquals(409, create.status(), create.raw().body());
        assertTrue(create.raw().body().contains("kept in the council's directory"), create.raw().body());
        Api.Answer disable = api.post("admin/users/mo.manager/disable", "ada.admin", "Directory-Ada-2026", "{}");
        assertEquals(409, disable.status(), disable.raw().body());
        assertEquals(List.of("MANAGER"), api.get("me", "mo.manager", "Directory-Mo-2026").json()
                .getJsonArray("roles").getValuesAs(JsonString::getString), "nothing changed in the directory");
        assertNull(directory.getEntry("uid=new.person," + PEOPLE), "no entry was made");
        String page = api.page("admin/users.xhtml", "ada.admin", "Directory-Ada-2026").raw().body();
        assertTrue(page.contains("Accounts are kept in the council's directory"), page);
        assertFalse(page.contains("Create account"), "no form to change what IMAP does not keep");
        assertTrue(page.contains("mo.manager"), "the accounts are listed");

        server.cli("--command=undeploy imap.ear");
        server.cli("--file=" + scripts.resolve("restore-ldap.cli"));
        server.cli("--command=reload");
        assertEquals(before, Files.readString(configuration), "restore-ldap.cli left something behind");
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (directory != null) {
            directory.shutDown(true);
        }
    }

    static Optional<List<String>> roles(List<JsonObject> users, String username) {
        return users.stream().filter(u -> u.getString("username").equals(username)).findFirst()
                .map(u -> u.getJsonArray("roles").getValuesAs(JsonString::getString));
    }
}
