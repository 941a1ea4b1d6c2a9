<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CallbackSettings</name>
    <message>
        <location filename="../src/callback/callbacksettings.cpp" line="28"/>
        <source>No bind address given; 127.0.0.1 listens on this computer only, 0.0.0.0 on every network interface.</source>
        <translation>Aucune adresse de liaison indiquée ; 127.0.0.1 n’écoute que sur cet ordinateur, 0.0.0.0 sur toutes les interfaces réseau.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbacksettings.cpp" line="38"/>
        <source>&quot;%1&quot; is not an IP address: the listener binds to an address of this computer (e.g. 127.0.0.1 or 0.0.0.0), not to a host name.</source>
        <translation>« %1 » n’est pas une adresse IP : l’écouteur se lie à une adresse de cet ordinateur (p. ex. 127.0.0.1 ou 0.0.0.0), pas à un nom d’hôte.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbacksettings.cpp" line="58"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host, e.g. https://my-tunnel.example.dev/. It is the address your service reaches this computer at, and it becomes PlanUrl.</source>
        <translation>« %1 » n’est pas une URL http:// ou https:// avec un hôte, p. ex. https://my-tunnel.example.dev/. C’est l’adresse par laquelle votre service joint cet ordinateur, et elle devient PlanUrl.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbacksettings.cpp" line="65"/>
        <source>&quot;%1&quot; has a query or fragment; PlanUrl is a base URL the service appends paths to.</source>
        <translation>« %1 » a une requête ou un fragment ; PlanUrl est une URL de base à laquelle le service ajoute des chemins.</translation>
    </message>
</context>
<context>
    <name>CallbackSettingsDialog</name>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="9"/>
        <source>Callback settings</source>
        <translation>Paramètres du callback</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="16"/>
        <source>For tasks with Completion event = Callback, RestGate starts a local stand-in for the Azure DevOps plan endpoints and tells the service to call it back. None of these settings is secret.</source>
        <translation>Pour les tâches dont l&apos;événement de complétion est Callback, RestGate démarre un substitut local des points de terminaison du plan Azure DevOps et demande au service de le rappeler. Aucun de ces paramètres n&apos;est secret.</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="24"/>
        <source>&amp;Hub (system.HostType):</source>
        <translation>&amp;Hub (system.HostType) :</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="30"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="31"/>
        <source>The hub the dry-run plan lives in; it appears in HubName and in every callback URL.</source>
        <translation>Le hub du plan de l&apos;exécution à blanc ; il figure dans HubName et dans chaque URL de callback.</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="36"/>
        <source>&amp;Bind address:</source>
        <translation>&amp;Adresse d&apos;écoute :</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="42"/>
        <source>Bind address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="43"/>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="44"/>
        <source>127.0.0.1 accepts callbacks from this computer only; 0.0.0.0 from every network interface.</source>
        <translation>127.0.0.1 n&apos;accepte que les callbacks de cet ordinateur ; 0.0.0.0 ceux de toutes les interfaces réseau.</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="49"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="55"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="58"/>
        <source>any free port</source>
        <translation>tout port libre</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="63"/>
        <source>P&amp;ublic base URL:</source>
        <translation>URL de &amp;base publique :</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="69"/>
        <source>Public base URL</source>
        <translation>URL de base publique</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="70"/>
        <source>empty: the listener&apos;s own address</source>
        <translation>vide : l&apos;adresse propre de l&apos;écouteur</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="71"/>
        <source>For a service that runs elsewhere: the URL it reaches this computer at (e.g. a tunnel). It becomes PlanUrl and system.CollectionUri.</source>
        <translation>Pour un service qui tourne ailleurs : l&apos;URL par laquelle il atteint cet ordinateur (p. ex. un tunnel). Elle devient PlanUrl et system.CollectionUri.</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="76"/>
        <source>&amp;Wait for TaskCompleted:</source>
        <translation>A&amp;ttendre TaskCompleted :</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="82"/>
        <source>Wait for TaskCompleted</source>
        <translation>Attendre TaskCompleted</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="83"/>
        <source>How long the dry run waits for the service&apos;s TaskCompleted. Azure DevOps waits for the task&apos;s timeout (60 minutes by default).</source>
        <translation>Durée pendant laquelle l&apos;exécution à blanc attend le TaskCompleted du service. Azure DevOps attend jusqu&apos;au délai d&apos;expiration de la tâche (60 minutes par défaut).</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="86"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="87"/>
        <source>the task&apos;s timeout</source>
        <translation>le délai d&apos;expiration de la tâche</translation>
    </message>
    <message>
        <location filename="../ui/callbacksettingsdialog.ui" line="95"/>
        <source>What is wrong with the settings</source>
        <translation>Ce qui ne va pas dans les paramètres</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="6"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="12"/>
        <source>Co&amp;nnections:</source>
        <translation>Co&amp;nnexions :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="13"/>
        <source>Connections of this design</source>
        <translation>Connexions de cette conception</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="16"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="16"/>
        <source>Add a connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="17"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="17"/>
        <source>Duplicate the selected connection</source>
        <translation>Dupliquer la connexion sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="18"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="18"/>
        <source>Delete the selected connection</source>
        <translation>Supprimer la connexion sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="27"/>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="37"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="39"/>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="43"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="45"/>
        <source>&amp;Resource Manager URL:</source>
        <translation>URL de &amp;Resource Manager :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="47"/>
        <source>&amp;Authority host:</source>
        <translation>&amp;Hôte d&apos;autorité :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="49"/>
        <source>&amp;Tenant ID:</source>
        <translation>&amp;ID de locataire :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="51"/>
        <source>&amp;Subscription ID:</source>
        <translation>ID d&apos;a&amp;bonnement :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="53"/>
        <location filename="../ui/connectionsdialog.ui" line="61"/>
        <source>&amp;Token from:</source>
        <translation>&amp;Jeton fourni par :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="55"/>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="59"/>
        <source>&amp;Organization URL:</source>
        <translation>URL de l&apos;&amp;organisation :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="71"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="28"/>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="29"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="30"/>
        <source>Connection kind</source>
        <translation>Type de connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="35"/>
        <source>No connection selected. Use Add to create one.</source>
        <translation>Aucune connexion sélectionnée. Utilisez Ajouter pour en créer une.</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="38"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="38"/>
        <source>https://example.com/api/</source>
        <translation>https://example.com/api/</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="40"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="40"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="44"/>
        <source>Azure environment</source>
        <translation>Environnement Azure</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="46"/>
        <source>Resource Manager URL</source>
        <translation>URL de Resource Manager</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="46"/>
        <source>https://management.local.azurestack.external/</source>
        <translation>https://management.local.azurestack.external/</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="48"/>
        <source>Authority host</source>
        <translation>Hôte d&apos;autorité</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="48"/>
        <source>https://login.microsoftonline.com</source>
        <translation>https://login.microsoftonline.com</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="50"/>
        <source>Tenant ID</source>
        <translation>ID de locataire</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="52"/>
        <source>Subscription ID</source>
        <translation>ID d&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="54"/>
        <source>Where the Azure Resource Manager token comes from</source>
        <translation>Source du jeton Azure Resource Manager</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="56"/>
        <source>Service principal client ID</source>
        <translation>ID client du principal de service</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="60"/>
        <source>Azure DevOps organization URL</source>
        <translation>URL de l&apos;organisation Azure DevOps</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="60"/>
        <source>https://dev.azure.com/contoso/</source>
        <translation>https://dev.azure.com/contoso/</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="62"/>
        <source>Where the Azure DevOps token comes from</source>
        <translation>Source du jeton Azure DevOps</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="68"/>
        <source>Secret (kept in the OS keychain, never in the design)</source>
        <translation>Secret (conservé dans le trousseau du système, jamais dans la conception)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="72"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="72"/>
        <source>Type to store a new secret</source>
        <translation>Saisissez un nouveau secret à enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="76"/>
        <source>Whether a secret is stored</source>
        <translation>Indique si un secret est enregistré</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="77"/>
        <source>C&amp;lear secret</source>
        <translation>Effacer &amp;le secret</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="77"/>
        <source>Remove the stored secret</source>
        <translation>Supprimer le secret enregistré</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="85"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="85"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="86"/>
        <source>Result of the connection test</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.ui" line="93"/>
        <source>What keeps the connections from being saved</source>
        <translation>Ce qui empêche d&apos;enregistrer les connexions</translation>
    </message>
</context>
<context>
    <name>CriteriaJudge</name>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="34"/>
        <source>Success criteria %1 is true.</source>
        <translation>Les critères de réussite %1 sont vrais.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="38"/>
        <source>Success criteria %1 is false.</source>
        <translation>Les critères de réussite %1 sont faux.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="43"/>
        <source>(Dry run only, not what Azure DevOps does: on this body the criteria would be %1.)</source>
        <translation>(Essai uniquement, Azure DevOps ne le fait pas : sur ce corps, les critères seraient %1.)</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="62"/>
        <source>No variable defines $(%1); the criteria keeps it as written.</source>
        <translation>Aucune variable ne définit $(%1) ; les critères le gardent tel quel.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="101"/>
        <source>Status %1 meets the rule: Azure DevOps passes on 200 OK.</source>
        <translation>Le statut %1 respecte la règle : Azure DevOps réussit sur 200 OK.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="104"/>
        <source>Status %1 passes only because &quot;treat any 2xx as success&quot; is on; Azure DevOps documents 200 OK as the rule.</source>
        <translation>Le statut %1 ne réussit que parce que « traiter tout 2xx comme un succès » est activé ; Azure DevOps documente 200 OK comme règle.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="111"/>
        <source>Status %1: Azure DevOps passes the task only on 200 OK.</source>
        <translation>Statut %1 : Azure DevOps ne fait réussir la tâche que sur 200 OK.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="114"/>
        <source>The response was cut at the dry-run cap of %1 bytes (%2 bytes received).</source>
        <translation>La réponse a été coupée à la limite d’essai de %1 octets (%2 octets reçus).</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="124"/>
        <source>The service accepted the initial call with %1.</source>
        <translation>Le service a accepté l’appel initial avec %1.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="126"/>
        <source>The service rejected the initial call with %1.</source>
        <translation>Le service a refusé l’appel initial avec %1.</translation>
    </message>
    <message>
        <location filename="../src/core/result/criteriajudge.cpp" line="130"/>
        <source>Completion event is Callback: Azure DevOps now waits for the service to post TaskCompleted. This dry run did not wait for it, so it is not a pass.</source>
        <translation>L’événement de complétion est Callback : Azure DevOps attend maintenant que le service envoie TaskCompleted. Cet essai ne l’a pas attendu, ce n’est donc pas une réussite.</translation>
    </message>
</context>
<context>
    <name>CurlImportDialog</name>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="9"/>
        <source>Import from curl</source>
        <translation>Importer depuis curl</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="14"/>
        <source>&amp;curl command (several lines joined with \ are fine):</source>
        <translation>Commande &amp;curl (plusieurs lignes jointes par \ sont acceptées) :</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="20"/>
        <source>curl command</source>
        <translation>Commande curl</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="29"/>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom d&apos;affichage :</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="35"/>
        <source>Display name of the new task</source>
        <translation>Nom d&apos;affichage de la nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="40"/>
        <source>Connection &amp;base URL:</source>
        <translation>URL de &amp;base de la connexion :</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="46"/>
        <source>Where the URL is split into connection and suffix</source>
        <translation>Où l&apos;URL est coupée entre connexion et suffixe</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="47"/>
        <source>The part of the URL the connection holds; the rest becomes the task&apos;s URL suffix. Empty: a matching connection of the document, else scheme and host.</source>
        <translation>La partie de l&apos;URL que porte la connexion ; le reste devient le suffixe d&apos;URL de la tâche. Vide : une connexion correspondante du document, sinon le schéma et l&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="56"/>
        <source>Why the command cannot be imported</source>
        <translation>Pourquoi la commande ne peut pas être importée</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="61"/>
        <source>The task it becomes</source>
        <translation>La tâche qui en résulte</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="65"/>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="73"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="78"/>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="87"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="92"/>
        <source>URL suffix:</source>
        <translation>Suffixe d&apos;URL :</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="101"/>
        <source>URL suffix</source>
        <translation>Suffixe d&apos;URL</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="106"/>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="114"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="119"/>
        <source>Body:</source>
        <translation>Corps :</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="127"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="134"/>
        <source>Credentials and findings</source>
        <translation>Identifiants et constats</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="142"/>
        <source>&amp;Not imported: the task cannot express these options</source>
        <translation>Non i&amp;mportées : la tâche ne peut pas exprimer ces options</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="148"/>
        <source>Options that are not imported</source>
        <translation>Options non importées</translation>
    </message>
    <message>
        <location filename="../ui/curlimportdialog.ui" line="156"/>
        <source>Options that only change curl&apos;s output</source>
        <translation>Options qui ne changent que la sortie de curl</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <location filename="../ui/gatedialog.ui" line="9"/>
        <source>Simulate gate</source>
        <translation>Simuler la porte</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="15"/>
        <source>Re-evaluates the task as Azure DevOps evaluates a release gate or an Invoke REST API check: after the delay, once per interval, until it has passed for the minimum success duration (succeeded) or the timeout comes (failed). Durations: 30s, 5m, 1h30m, 250ms.</source>
        <translation>Réévalue la tâche comme Azure DevOps évalue une porte de mise en production ou une vérification Appeler l&apos;API REST : après le délai, une fois par intervalle, jusqu&apos;à ce qu&apos;elle ait réussi pendant la durée minimale de réussite (réussite) ou que le délai d&apos;expiration soit atteint (échec). Durées : 30s, 5m, 1h30m, 250ms.</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="24"/>
        <source>&amp;Delay before evaluation:</source>
        <translation>Dé&amp;lai avant l&apos;évaluation :</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="31"/>
        <source>Delay before evaluation</source>
        <translation>Délai avant l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="36"/>
        <source>&amp;Time between evaluations:</source>
        <translation>&amp;Intervalle entre les évaluations :</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="43"/>
        <source>Time between evaluations</source>
        <translation>Intervalle entre les évaluations</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="48"/>
        <source>&amp;Minimum duration for steady results:</source>
        <translation>Durée &amp;minimale de résultats stables :</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="55"/>
        <source>Minimum duration for steady results</source>
        <translation>Durée minimale de résultats stables</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="60"/>
        <source>Time&amp;out after which the gate fails:</source>
        <translation>Délai d&apos;e&amp;xpiration après lequel la porte échoue :</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="67"/>
        <source>Timeout after which the gate fails</source>
        <translation>Délai d&apos;expiration après lequel la porte échoue</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="76"/>
        <source>Problem with the settings</source>
        <translation>Problème dans les paramètres</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="83"/>
        <source>Microsoft&apos;s advice on these settings</source>
        <translation>Conseils de Microsoft sur ces paramètres</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="90"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="91"/>
        <source>Start the gate simulation</source>
        <translation>Démarrer la simulation de la porte</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="97"/>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="98"/>
        <source>Stop the gate simulation</source>
        <translation>Arrêter la simulation de la porte</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="110"/>
        <source>&amp;Y axis:</source>
        <translation>Axe &amp;Y :</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="116"/>
        <source>What the plot&apos;s vertical axis shows</source>
        <translation>Ce qu&apos;affiche l&apos;axe vertical du graphique</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="117"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="118"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="135"/>
        <source>How the gate simulation stands</source>
        <translation>État de la simulation de la porte</translation>
    </message>
    <message>
        <location filename="../ui/gatedialog.ui" line="140"/>
        <source>Every evaluation of the gate</source>
        <translation>Chaque évaluation de la porte</translation>
    </message>
</context>
<context>
    <name>ImportPipelineDialog</name>
    <message>
        <location filename="../ui/importpipelinedialog.ui" line="9"/>
        <source>Import pipeline</source>
        <translation>Importer un pipeline</translation>
    </message>
    <message>
        <location filename="../ui/importpipelinedialog.ui" line="15"/>
        <source>What the pipeline holds</source>
        <translation>Contenu du pipeline</translation>
    </message>
    <message>
        <location filename="../ui/importpipelinedialog.ui" line="20"/>
        <source>&amp;Tasks to import:</source>
        <translation>&amp;Tâches à importer :</translation>
    </message>
    <message>
        <location filename="../ui/importpipelinedialog.ui" line="26"/>
        <source>Tasks found in the pipeline</source>
        <translation>Tâches trouvées dans le pipeline</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="5"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="21"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="23"/>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="24"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="25"/>
        <source>Takes effect the next time RestGate starts. The --lang option and RESTGATE_LANG override it.</source>
        <translation>Prend effet au prochain démarrage de RestGate. L’option --lang et RESTGATE_LANG ont priorité.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="10"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Extra trusted &amp;CA file:</source>
        <translation>Fichier &amp;CA de confiance supplémentaire :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Extra trusted CA file</source>
        <translation>Fichier CA de confiance supplémentaire</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>PEM bundle of your company&apos;s CA; SSL_CERT_FILE is honoured too</source>
        <translation>Bundle PEM de la CA de votre entreprise ; SSL_CERT_FILE est aussi pris en compte</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Choose the CA file</source>
        <translation>Choisir le fichier CA</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Client c&amp;ertificate:</source>
        <translation>Ce&amp;rtificat client :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>PEM or PKCS#12 (.p12, .pfx)</source>
        <translation>PEM ou PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Choose the client certificate</source>
        <translation>Choisir le certificat client</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Client &amp;key:</source>
        <translation>Clé c&amp;lient :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>PEM key, when not in the certificate file</source>
        <translation>Clé PEM, si elle n&apos;est pas dans le fichier du certificat</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Choose the client key</source>
        <translation>Choisir la clé client</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Key pass&amp;word:</source>
        <translation>Mo&amp;t de passe de la clé :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Key password</source>
        <translation>Mot de passe de la clé</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Do &amp;not check server certificates (insecure)</source>
        <translation>&amp;Ne pas vérifier les certificats des serveurs (non sécurisé)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Every result will say the certificate was not checked. Azure DevOps always checks it: a pass here proves nothing about the certificate.</source>
        <translation>Chaque résultat indiquera que le certificat n&apos;a pas été vérifié. Azure DevOps le vérifie toujours : une réussite ici ne prouve rien sur le certificat.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>From the &amp;environment (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY, as curl)</source>
        <translation>Depuis l&apos;&amp;environnement (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY, comme curl)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;Direct (no proxy)</source>
        <translation>&amp;Direct (sans proxy)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;Manual:</source>
        <translation>&amp;Manuel :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy type</source>
        <translation>Type de proxy</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy user</source>
        <translation>Utilisateur du proxy</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>P&amp;assword:</source>
        <translation>Mot de p&amp;asse :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>&amp;Bypass for:</source>
        <translation>Contourner &amp;pour :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>Hosts that bypass the proxy</source>
        <translation>Hôtes qui contournent le proxy</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="13"/>
        <source>localhost, .corp.example, 10.0.0.0/8 (empty: NO_PROXY)</source>
        <translation>localhost, .corp.example, 10.0.0.0/8 (vide : NO_PROXY)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="14"/>
        <source>Redirects</source>
        <translation>Redirections</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="16"/>
        <source>&amp;Follow redirects, as Azure DevOps does (each hop is listed in the result)</source>
        <translation>&amp;Suivre les redirections, comme Azure DevOps (chaque saut est listé dans le résultat)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Extra trusted CA director&amp;y:</source>
        <translation>D&amp;ossier CA de confiance supplémentaire :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Extra trusted CA directory</source>
        <translation>Dossier CA de confiance supplémentaire</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Every certificate file in it is trusted; SSL_CERT_DIR is honoured too</source>
        <translation>Chaque fichier de certificat qu&apos;il contient est approuvé ; SSL_CERT_DIR est aussi pris en compte</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="12"/>
        <source>Choose the CA directory</source>
        <translation>Choisir le dossier CA</translation>
    </message>
</context>
<context>
    <name>RestGate::AzureTokenProvider</name>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="88"/>
        <source>The token request was cancelled.</source>
        <translation>La demande de jeton a été annulée.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="200"/>
        <source>token request to %1 failed: the token endpoint is not a valid URL (check the authority host and the tenant ID).</source>
        <translation>La demande de jeton à %1 a échoué : le point de terminaison de jeton n’est pas une URL valide (vérifiez l’hôte d’autorité et l’ID de locataire).</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="210"/>
        <source>token request to %1 refused: a client secret is only sent over https (the authority host must start with https://).</source>
        <translation>Demande de jeton à %1 refusée : un secret client n’est envoyé que par https (l’hôte d’autorité doit commencer par https://).</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="219"/>
        <source>token request to %1 not made: the client ID, the client secret and the scope are all needed.</source>
        <translation>Demande de jeton à %1 non effectuée : l’ID client, le secret client et l’étendue (scope) sont tous nécessaires.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="251"/>
        <source>az account get-access-token not run: no resource to ask a token for.</source>
        <translation>az account get-access-token non exécuté : aucune ressource pour laquelle demander un jeton.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="262"/>
        <source>The Azure CLI (&apos;az&apos;) is not installed or not on PATH: install it (https://aka.ms/azure-cli) and run &apos;az login&apos;, or choose another way to authenticate.</source>
        <translation>L’Azure CLI (« az ») n’est pas installée ou n’est pas dans le PATH : installez-la (https://aka.ms/azure-cli) et exécutez « az login », ou choisissez un autre mode d’authentification.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="321"/>
        <source>The Azure CLI at %1 could not be started: %2</source>
        <translation>L’Azure CLI à l’emplacement %1 n’a pas pu être démarrée : %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="359"/>
        <source>token request to %1 failed: the answer has an empty access_token.</source>
        <translation>La demande de jeton à %1 a échoué : la réponse contient un access_token vide.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="371"/>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="390"/>
        <source>token request to %1 failed: %2</source>
        <translation>La demande de jeton à %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="375"/>
        <source>token request to %1 failed: %2 — %3</source>
        <translation>La demande de jeton à %1 a échoué : %2 — %3</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="382"/>
        <source>token request to %1 failed: %2 without an access_token in the answer.</source>
        <translation>La demande de jeton à %1 a échoué : %2 sans access_token dans la réponse.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="385"/>
        <source>token request to %1 failed: %2 (the answer is not an OAuth2 error: is the authority host right?)</source>
        <translation>La demande de jeton à %1 a échoué : %2 (la réponse n’est pas une erreur OAuth2 : l’hôte d’autorité est-il correct ?)</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="411"/>
        <source>az account get-access-token crashed</source>
        <translation>az account get-access-token a planté</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="412"/>
        <source>az account get-access-token crashed: %1</source>
        <translation>az account get-access-token a planté : %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="421"/>
        <source>az account get-access-token failed (exit code %1).</source>
        <translation>az account get-access-token a échoué (code de sortie %1).</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="424"/>
        <source>az account get-access-token failed (exit code %1): %2</source>
        <translation>az account get-access-token a échoué (code de sortie %1) : %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="434"/>
        <source>az account get-access-token printed no accessToken (unexpected output; is &apos;az&apos; the Azure CLI?).</source>
        <translation>az account get-access-token n’a affiché aucun accessToken (sortie inattendue ; « az » est-il bien l’Azure CLI ?).</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="465"/>
        <source>az account get-access-token failed: no answer within %1 s.</source>
        <translation>az account get-access-token a échoué : aucune réponse en %1 s.</translation>
    </message>
    <message>
        <location filename="../src/secrets/azuretokenprovider.cpp" line="468"/>
        <source>token request to %1 failed: no answer within %2 s.</source>
        <translation>La demande de jeton à %1 a échoué : aucune réponse en %2 s.</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackSettingsDialog</name>
    <message>
        <location filename="../src/app/callback/callbacksettingsdialog.cpp" line="65"/>
        <source>Bind address: %1</source>
        <translation>Adresse d&apos;écoute : %1</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacksettingsdialog.cpp" line="68"/>
        <source>Public base URL: %1</source>
        <translation>URL de base publique : %1</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackTimelineModel</name>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="36"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="38"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="40"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="42"/>
        <source>PROBLEM</source>
        <translation>PROBLÈME</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="129"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="169"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="171"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="173"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="175"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="177"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="179"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="181"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="204"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="206"/>
        <source>feed</source>
        <translation>flux</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="208"/>
        <source>log (create)</source>
        <translation>journal (création)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="210"/>
        <source>log (append)</source>
        <translation>journal (ajout)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="212"/>
        <source>timeline record (read)</source>
        <translation>enregistrement de chronologie (lecture)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="214"/>
        <source>timeline record (update)</source>
        <translation>enregistrement de chronologie (mise à jour)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="216"/>
        <source>not a plan endpoint</source>
        <translation>pas un point de terminaison du plan</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="218"/>
        <source>malformed HTTP</source>
        <translation>HTTP mal formé</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="220"/>
        <source>body too large</source>
        <translation>corps trop volumineux</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimelinemodel.cpp" line="222"/>
        <source>incomplete request</source>
        <translation>requête incomplète</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackTimelineView</name>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="38"/>
        <source>(no body)</source>
        <translation>(pas de corps)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="48"/>
        <source>… (%1 of %2 bytes shown)</source>
        <translation>… (%1 octets sur %2 affichés)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="56"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="58"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="60"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="62"/>
        <source>PROBLEM</source>
        <translation>PROBLÈME</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="79"/>
        <source>Callback verdict</source>
        <translation>Verdict du callback</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="83"/>
        <source>Verdict reasons</source>
        <translation>Raisons du verdict</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="88"/>
        <source>Plan listener</source>
        <translation>Écouteur du plan</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="93"/>
        <source>Requests the plan listener received</source>
        <translation>Requêtes reçues par l&apos;écouteur du plan</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="108"/>
        <source>Selected request</source>
        <translation>Requête sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="132"/>
        <source>No Callback run yet.</source>
        <translation>Aucune exécution Callback pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="142"/>
        <source>Plan listener: %1 · hub %2 · plan %3</source>
        <translation>Écouteur du plan : %1 · hub %2 · plan %3</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="143"/>
        <source>Waiting for the service to call back…</source>
        <translation>En attente du rappel du service…</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="174"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="176"/>
        <source>• warning: %1</source>
        <translation>• avertissement : %1</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="212"/>
        <source>Select a request to see its headers and body.</source>
        <translation>Sélectionnez une requête pour voir ses en-têtes et son corps.</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="221"/>
        <source>#%1  %2 %3
</source>
        <translation>#%1  %2 %3
</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="222"/>
        <source>Received %1 from %2; answered %3; authentication %4.
</source>
        <translation>%1 reçu de %2 ; réponse %3 ; authentification %4.
</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="224"/>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="228"/>
        <source>Checks:</source>
        <translation>Vérifications :</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="232"/>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="234"/>
        <source>  (none recorded)</source>
        <translation>  (aucun enregistré)</translation>
    </message>
    <message>
        <location filename="../src/app/callback/callbacktimeline.cpp" line="237"/>
        <source>Body:</source>
        <translation>Corps :</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackVerdict</name>
    <message>
        <location filename="../src/callback/callbackdryrun.cpp" line="69"/>
        <source>The dry run was cancelled.</source>
        <translation>L’exécution à blanc a été annulée.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackdryrun.cpp" line="70"/>
        <source>The initial call did not succeed, so the task fails before any callback.</source>
        <translation>L’appel initial n’a pas réussi, la tâche échoue donc avant tout callback.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="44"/>
        <source>The last request it made was #%1 %2 (%3) at %4, answered %5.</source>
        <translation>Sa dernière requête était #%1 %2 (%3) à %4, avec la réponse %5.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="139"/>
        <source> at %1</source>
        <translation> à %1</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="145"/>
        <source>Azure DevOps would mark the task as succeeded.</source>
        <translation>Azure DevOps marquerait la tâche comme réussie.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="148"/>
        <source>Azure DevOps would mark the task as succeeded with issues (partially succeeded); RestGate counts only succeeded as a pass.</source>
        <translation>Azure DevOps marquerait la tâche comme réussie avec des problèmes (partiellement réussie) ; RestGate ne compte que la réussite comme un succès.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="153"/>
        <source>Azure DevOps would mark the task as %1.</source>
        <translation>Azure DevOps marquerait la tâche comme %1.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="158"/>
        <source>The service completed the task: TaskCompleted with result %1 (request #%2%3).</source>
        <translation>Le service a terminé la tâche : TaskCompleted avec le résultat %1 (requête #%2%3).</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="168"/>
        <source>Azure DevOps would keep the task running until its timeout and then fail it.</source>
        <translation>Azure DevOps laisserait la tâche s’exécuter jusqu’à son délai d’expiration, puis la ferait échouer.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="172"/>
        <source>The service never called back: no request reached the listener at %1 in %2.</source>
        <translation>Le service n’a jamais rappelé : aucune requête n’a atteint l’écouteur à %1 en %2.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="187"/>
        <source>The service called back, but its TaskCompleted (request #%1) was rejected with %2: %3</source>
        <translation>Le service a rappelé, mais son TaskCompleted (requête #%1) a été rejeté avec %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="195"/>
        <source>The service never completed the task: no TaskCompleted arrived in %1.</source>
        <translation>Le service n’a jamais terminé la tâche : aucun TaskCompleted n’est arrivé en %1.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="206"/>
        <source>The wait was cancelled after %1, before the service completed the task.</source>
        <translation>L’attente a été annulée après %1, avant que le service ne termine la tâche.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="210"/>
        <source>No request had reached the listener.</source>
        <translation>Aucune requête n’avait atteint l’écouteur.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="214"/>
        <source>Nothing to wait on: %1</source>
        <translation>Rien à attendre : %1</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="226"/>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="231"/>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="240"/>
        <source>Timeline (no requests):</source>
        <translation>Chronologie (aucune requête) :</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="241"/>
        <source>Timeline (%1 requests):</source>
        <translation>Chronologie (%1 requêtes) :</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="251"/>
        <source>Task log:</source>
        <translation>Journal de la tâche :</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackverdict.cpp" line="257"/>
        <source>Variables set by the service:</source>
        <translation>Variables définies par le service :</translation>
    </message>
</context>
<context>
    <name>RestGate::CallbackWait</name>
    <message>
        <location filename="../src/callback/callbackwait.cpp" line="41"/>
        <source>there is no plan listener.</source>
        <translation>il n’y a pas d’écouteur de plan.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackwait.cpp" line="43"/>
        <source>the plan listener is not listening%1</source>
        <translation>l’écouteur de plan n’écoute pas%1</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackwait.cpp" line="47"/>
        <source>no plan was started on the listener, so no callback can match.</source>
        <translation>aucun plan n’a été démarré sur l’écouteur, aucun callback ne peut donc correspondre.</translation>
    </message>
    <message>
        <location filename="../src/callback/callbackwait.cpp" line="60"/>
        <source>the plan listener was closed.</source>
        <translation>l’écouteur de plan a été fermé.</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::CommandLine</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="118"/>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="146"/>
        <source>Colour the verdicts: auto (on a terminal, unless NO_COLOR is set), always or never.</source>
        <translation>Colorer les verdicts : auto (sur un terminal, sauf si NO_COLOR est défini), always ou never.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="218"/>
        <location filename="../src/cli/commandline.cpp" line="352"/>
        <source>; did you mean %1?</source>
        <translation> ; vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="227"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="251"/>
        <source>--color takes auto, always or never, not &apos;%1&apos;</source>
        <translation>--color accepte auto, always ou never, pas « %1 »</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="261"/>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="261"/>
        <source>[OPTIONS]</source>
        <translation>[OPTIONS]</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="264"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="275"/>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="287"/>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Lancez « %1 --help » pour l’utilisation.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="351"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::Commands</name>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="39"/>
        <source>Usage: restgate-cli COMMAND [OPTIONS] ...
       restgate-cli -h|--help | -V|--version

Designs and dry-runs Azure Pipelines InvokeRESTAPI tasks from the command line.

Commands:
</source>
        <translation>Usage : restgate-cli COMMANDE [OPTIONS] ...
        restgate-cli -h|--help | -V|--version

Conçoit des tâches InvokeRESTAPI d’Azure Pipelines et les exécute à l’essai depuis la ligne de commande.

Commandes :
</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="49"/>
        <source>Run &apos;restgate-cli help COMMAND&apos; (or &apos;restgate-cli COMMAND --help&apos;) for a command&apos;s options.
Exit status: 0 success, 1 a task failed (or an expression is false), 2 usage or input errors.
</source>
        <translation>Lancez « restgate-cli help COMMANDE » (ou « restgate-cli COMMANDE --help ») pour les options d’une commande.
Code de sortie : 0 succès, 1 une tâche a échoué (ou une expression est fausse), 2 erreur d’usage ou d’entrée.
</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="60"/>
        <source>Run &apos;restgate-cli --help&apos; for the commands.</source>
        <translation>Lancez « restgate-cli --help » pour la liste des commandes.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="70"/>
        <source>Dry-run the tasks of a design document</source>
        <translation>Exécuter à blanc les tâches d’un document de conception</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="71"/>
        <source>Evaluate a success criteria against a response body</source>
        <translation>Évaluer des critères de réussite sur un corps de réponse</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="74"/>
        <source>Run the local demo endpoint the sample design targets</source>
        <translation>Lancer le point de terminaison de démonstration local visé par la conception d’exemple</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="77"/>
        <source>Store or clear a connection&apos;s secret in the OS keychain</source>
        <translation>Enregistrer ou effacer le secret d’une connexion dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="80"/>
        <source>Write tasks as pipeline YAML (step, job, stage) or as curl</source>
        <translation>Écrire les tâches en YAML de pipeline (step, job, stage) ou en curl</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="83"/>
        <source>Find the InvokeRESTAPI steps of a pipeline and add them to a design</source>
        <translation>Trouver les étapes InvokeRESTAPI d’un pipeline et les ajouter à une conception</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="86"/>
        <source>Turn a curl command line into a task</source>
        <translation>Transformer une ligne de commande curl en tâche</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="88"/>
        <source>Show the commands, or one command&apos;s options</source>
        <translation>Afficher les commandes, ou les options d’une commande</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="90"/>
        <source>Print the bash or zsh completion script</source>
        <translation>Afficher le script de complétion bash ou zsh</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="100"/>
        <source>Shows the commands of restgate-cli, or the options of one command (the same as &apos;restgate-cli COMMAND --help&apos;).</source>
        <translation>Affiche les commandes de restgate-cli, ou les options d’une commande (comme « restgate-cli COMMANDE --help »).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="104"/>
        <source>The command to explain.</source>
        <translation>La commande à expliquer.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="111"/>
        <source>expected at most one command</source>
        <translation>au plus une commande attendue</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="120"/>
        <location filename="../src/cli/commandtable.cpp" line="152"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../src/cli/commandtable.cpp" line="145"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../src/cli/completioncommand.cpp" line="15"/>
        <source>Prints the completion script for bash or zsh, made from every command&apos;s options. The package installs both; to try one in the current shell:
  source &lt;(restgate-cli completion bash)</source>
        <translation>Affiche le script de complétion pour bash ou zsh, construit à partir des options de chaque commande. Le paquet installe les deux ; pour en essayer un dans le shell courant :
  source &lt;(restgate-cli completion bash)</translation>
    </message>
    <message>
        <location filename="../src/cli/completioncommand.cpp" line="21"/>
        <source>bash or zsh.</source>
        <translation>bash ou zsh.</translation>
    </message>
    <message>
        <location filename="../src/cli/completioncommand.cpp" line="28"/>
        <source>expected bash or zsh</source>
        <translation>bash ou zsh attendu</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="80"/>
        <source>Runs the local demo endpoint, a deployment-status API that the sample design targets, until Ctrl+C (SIGINT) or SIGTERM. Point a generic service connection at the URL it prints.</source>
        <translation>Lance le point de terminaison de démonstration local, une API d’état de déploiement que vise la conception d’exemple, jusqu’à Ctrl+C (SIGINT) ou SIGTERM. Faites pointer une connexion de service générique vers l’URL affichée.</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="86"/>
        <source>TCP port to listen on (default %1; 0 picks a free one).</source>
        <translation>Port TCP d’écoute (par défaut %1 ; 0 en choisit un libre).</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="92"/>
        <source>Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).</source>
        <translation>Adresse d’écoute (par défaut 127.0.0.1 ; 0.0.0.0 pour toutes les interfaces).</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="22"/>
        <source>Without --response there is no body: root is null and no body rule applies.

Output: &apos;true&apos; or &apos;false&apos; on standard output; errors, notes and the trace on standard error.
Exit status: 0 true, 1 false, 2 invalid expression, evaluation error, body error or usage error.

Examples:
  restgate-cli eval --response body.json &quot;eq(root[&apos;status&apos;], &apos;successful&apos;)&quot;
  curl -s https://example.test/api | restgate-cli eval -r - --trace &quot;ge(count(root[&apos;items&apos;]), 3)&quot;
  restgate-cli eval --var max=5 -r body.json -- &quot;le(count(root[&apos;workItems&apos;]), \$(max))&quot;
</source>
        <translation>Sans --response, il n’y a pas de corps : root vaut null et aucune règle de corps ne s’applique.

Sortie : « true » ou « false » sur la sortie standard ; erreurs, notes et trace sur la sortie d’erreur.
Code de sortie : 0 true, 1 false, 2 expression invalide, erreur d’évaluation, erreur de corps ou erreur d’usage.

Exemples :
  restgate-cli eval --response body.json &quot;eq(root[&apos;status&apos;], &apos;successful&apos;)&quot;
  curl -s https://example.test/api | restgate-cli eval -r - --trace &quot;ge(count(root[&apos;items&apos;]), 3)&quot;
  restgate-cli eval --var max=5 -r body.json -- &quot;le(count(root[&apos;workItems&apos;]), \$(max))&quot;
</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="127"/>
        <source>Evaluates an InvokeRESTAPI success criteria the way Azure DevOps does and prints &apos;true&apos; or &apos;false&apos;.</source>
        <translation>Évalue des critères de réussite InvokeRESTAPI comme le fait Azure DevOps et affiche « true » ou « false ».</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="132"/>
        <source>The response body to judge (&apos;-&apos; reads standard input). It is parsed like the server parses it (Json.NET: comments, single quotes and unquoted names are accepted) and is &apos;root&apos; in the expression. The server&apos;s body rules apply: a body over 2 MB (2097152 bytes) or one that is not JSON is an error, and the verdict the criteria would have had is still shown. Input past 256 MiB (268435456 bytes) is not read: eval stops with an error.</source>
        <translation>Le corps de réponse à juger (« - » lit l’entrée standard). Il est analysé comme le serveur l’analyse (Json.NET : commentaires, apostrophes et noms sans guillemets acceptés) et vaut « root » dans l’expression. Les règles de corps du serveur s’appliquent : un corps de plus de 2 Mo (2097152 octets) ou qui n’est pas du JSON est une erreur, et le verdict qu’auraient donné les critères est tout de même affiché. Au-delà de 256 Mio (268435456 octets), l’entrée n’est pas lue : eval s’arrête sur une erreur.</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="142"/>
        <source>Defines a variable for $(NAME) macros, which are replaced before the expression is parsed (names ignore case; repeat for more).</source>
        <translation>Définit une variable pour les macros $(NAME), remplacées avant l’analyse de l’expression (noms insensibles à la casse ; à répéter pour plusieurs).</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="149"/>
        <source>Shows how every sub-expression evaluated (on standard error).</source>
        <translation>Montre comment chaque sous-expression a été évaluée (sur la sortie d’erreur).</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="156"/>
        <source>The success criteria. Put -- before it when it starts with &apos;-&apos;: everything after -- is the expression.</source>
        <translation>Les critères de réussite. Mettez -- devant s’ils commencent par « - » : tout ce qui suit -- est l’expression.</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="162"/>
        <source>put -- before an expression that starts with &apos;-&apos;</source>
        <translation>mettez -- devant une expression qui commence par « - »</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="39"/>
        <source>Writes tasks of a design document as Azure Pipelines YAML (a step, a job with pool: server, or a stage around that job) or as a curl command, to standard output. Without --task, every task of the design: as steps, or as one job (stage) named after the design.

YAML the published pipeline schema would reject is still written, with a warning on standard error. curl commands expand the design&apos;s variables and refer to secrets as $RESTGATE_SECRET_&lt;NAME&gt;; they never contain one.</source>
        <translation>Écrit des tâches d’un document de conception en YAML Azure Pipelines (une étape, un job avec pool: server, ou une stage autour de ce job) ou en commande curl, sur la sortie standard. Sans --task, toutes les tâches de la conception : en étapes, ou en un job (une stage) nommé d’après la conception.

Un YAML que le schéma de pipeline publié rejetterait est tout de même écrit, avec un avertissement sur la sortie d’erreur. Les commandes curl développent les variables de la conception et désignent les secrets par $RESTGATE_SECRET_&lt;NAME&gt; ; elles n’en contiennent jamais.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="49"/>
        <source>The design document (*.restgate.yml).</source>
        <translation>Le document de conception (*.restgate.yml).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="52"/>
        <source>Export this task: its number (from 1) or display name. Repeatable.</source>
        <translation>Exporter cette tâche : son numéro (à partir de 1) ou son nom d’affichage. Répétable.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="58"/>
        <source>step (default), job, stage or curl.</source>
        <translation>step (par défaut), job, stage ou curl.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="62"/>
        <source>Write inputs under their task.json names (connectedServiceName, ...) instead of the YAML names (serviceConnection, ...).</source>
        <translation>Écrire les entrées sous leurs noms task.json (connectedServiceName, ...) au lieu des noms YAML (serviceConnection, ...).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="68"/>
        <source>Also write inputs that equal their default.</source>
        <translation>Écrire aussi les entrées égales à leur valeur par défaut.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="71"/>
        <source>For --as curl: posix (default) or powershell.</source>
        <translation>Pour --as curl : posix (par défaut) ou powershell.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="75"/>
        <source>The job/stage identifier (default: from the display name).</source>
        <translation>L’identifiant du job/de la stage (par défaut : d’après le nom d’affichage).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="80"/>
        <source>The job/stage display name.</source>
        <translation>Le nom d’affichage du job/de la stage.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="83"/>
        <source>For --as curl: set a variable for $(NAME). Repeatable.</source>
        <translation>Pour --as curl : définir une variable pour $(NAME). Répétable.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="88"/>
        <source>For --as curl: use the document&apos;s named variable set.</source>
        <translation>Pour --as curl : utiliser le jeu de variables nommé du document.</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="78"/>
        <source>Simulate a release gate / Invoke REST API check: re-evaluate the task at this interval (&quot;Time between re-evaluation of gates&quot;), e.g. 5m.</source>
        <translation>Simuler une porte de mise en production / une vérification Invoke REST API : réévaluer la tâche à cet intervalle (« Time between re-evaluation of gates »), p. ex. 5m.</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="84"/>
        <source>With --poll: how long the task must keep passing (&quot;Minimum duration for steady results&quot;; default 0: the first pass ends the gate).</source>
        <translation>Avec --poll : combien de temps la tâche doit continuer à réussir (« Minimum duration for steady results » ; par défaut 0 : la première réussite termine la porte).</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="90"/>
        <source>With --poll (required): the gate fails when it has not succeeded by then (&quot;Timeout after which gates fail&quot;, counted from the start).</source>
        <translation>Avec --poll (obligatoire) : la porte échoue si elle n’a pas réussi d’ici là (« Timeout after which gates fail », compté depuis le début).</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="96"/>
        <source>With --poll: wait this long before the first evaluation (&quot;Delay before evaluation&quot;; default 0, at most 48h).</source>
        <translation>Avec --poll : attendre ce délai avant la première évaluation (« Delay before evaluation » ; par défaut 0, au plus 48h).</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="37"/>
        <source>Finds every InvokeRESTAPI@0/@1 step in an Azure Pipelines YAML file (or the ```yaml blocks of a Markdown file) and lists where it stands and what Azure DevOps would object to. With -o, adds the tasks to a design document (created, or merged into when it exists), with placeholder connections for the ones it names.

Exit status: 0 steps found, 1 the file holds no InvokeRESTAPI step, 2 errors (malformed YAML, a design that cannot be read or written).</source>
        <translation>Trouve chaque étape InvokeRESTAPI@0/@1 d’un fichier YAML Azure Pipelines (ou des blocs ```yaml d’un fichier Markdown) et indique où elle se trouve et ce qu’Azure DevOps lui reprocherait. Avec -o, ajoute les tâches à un document de conception (créé, ou fusionné s’il existe), avec des connexions fictives pour celles qu’elles nomment.

Code de sortie : 0 étapes trouvées, 1 le fichier ne contient aucune étape InvokeRESTAPI, 2 erreurs (YAML mal formé, conception illisible ou impossible à écrire).</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="47"/>
        <source>The pipeline file (*.yml, *.md).</source>
        <translation>Le fichier de pipeline (*.yml, *.md).</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="50"/>
        <source>Write (or merge into) this design document.</source>
        <translation>Écrire dans ce document de conception (ou y fusionner).</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="19"/>
        <source>Turns a curl command line into an InvokeRESTAPI task: the URL is split into a connection (scheme, host and base path; an existing connection of DESIGN with the same base URL is reused) and the task&apos;s URL suffix. The command comes from the arguments (one quoted string, or the words after the options) or, with &apos;-&apos; or nothing, from standard input. Options curl would use that the task cannot express are listed.
A password (-u user:password) or bearer token is never written anywhere: set RESTGATE_SECRET_&lt;NAME&gt;.</source>
        <translation>Transforme une ligne de commande curl en tâche InvokeRESTAPI : l’URL est séparée en une connexion (schéma, hôte et chemin de base ; une connexion existante de DESIGN ayant la même URL de base est réutilisée) et le suffixe d’URL de la tâche. La commande vient des arguments (une chaîne entre guillemets, ou les mots après les options) ou, avec « - » ou sans rien, de l’entrée standard. Les options que curl utiliserait et que la tâche ne peut pas exprimer sont listées.
Un mot de passe (-u user:password) ou un jeton bearer n’est jamais écrit nulle part : définissez RESTGATE_SECRET_&lt;NAME&gt;.</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="30"/>
        <source>Add the task to this design (created, or merged into); without it the design is written to standard output.</source>
        <translation>Ajouter la tâche à cette conception (créée, ou fusionnée) ; sans cette option, la conception est écrite sur la sortie standard.</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="36"/>
        <source>The task&apos;s display name (default: METHOD host/path).</source>
        <translation>Le nom d’affichage de la tâche (par défaut : MÉTHODE hôte/chemin).</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="39"/>
        <source>Split the URL here (the connection URL), e.g. https://api.example.com/v1/</source>
        <translation>Couper l’URL ici (l’URL de la connexion), p. ex. https://api.example.com/v1/</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="46"/>
        <source>The curl command: one quoted string, the words after the options (after -- when they start with an option of import-curl&apos;s), or &apos;-&apos; for standard input.</source>
        <translation>La commande curl : une chaîne entre guillemets, les mots après les options (après -- s’ils commencent par une option d’import-curl), ou « - » pour l’entrée standard.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="82"/>
        <source>Dry-runs the tasks of a design document with the rules Azure DevOps applies: the whole call within 20 seconds, 200 OK, and the success criteria.

Passwords and tokens are read from RESTGATE_SECRET_&lt;CONNECTION&gt; (the connection name upper-cased, other characters as &apos;_&apos;). Non-secret variables come from RESTGATE_VAR_&lt;NAME&gt;; --var wins over --var-file, which wins over the environment, which wins over the design.

Exit status: 0 all tasks passed; 1 a task failed (the status rule, the criteria or the time limit said no); 2 usage or document errors, or a task that never got an answer (connection refused, DNS, TLS, a broken connection, a missing secret); 130 interrupted (Ctrl+C), after writing what finished.</source>
        <translation>Exécute à blanc les tâches d’un document de conception avec les règles qu’applique Azure DevOps : l’appel entier en 20 secondes, 200 OK et les critères de réussite.

Les mots de passe et jetons sont lus dans RESTGATE_SECRET_&lt;CONNECTION&gt; (le nom de la connexion en majuscules, les autres caractères remplacés par « _ »). Les variables non secrètes viennent de RESTGATE_VAR_&lt;NAME&gt; ; --var l’emporte sur --var-file, qui l’emporte sur l’environnement, qui l’emporte sur la conception.

Code de sortie : 0 toutes les tâches ont réussi ; 1 une tâche a échoué (la règle de statut, les critères ou la limite de temps ont dit non) ; 2 erreurs d’usage ou de document, ou une tâche qui n’a jamais reçu de réponse (connexion refusée, DNS, TLS, connexion interrompue, secret manquant) ; 130 interrompu (Ctrl+C), après avoir écrit ce qui était terminé.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="95"/>
        <source>Design documents (*.restgate.yml), directories of them, wildcard patterns, or - for one design on standard input.</source>
        <translation>Documents de conception (*.restgate.yml), répertoires qui en contiennent, motifs génériques, ou - pour une conception sur l’entrée standard.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="101"/>
        <source>Run only this task: its number (from 1) or display name. Repeatable.</source>
        <translation>N’exécuter que cette tâche : son numéro (à partir de 1) ou son nom d’affichage. Répétable.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="107"/>
        <source>Set a dry-run variable for $(NAME). Repeatable.</source>
        <translation>Définir une variable d’exécution à blanc pour $(NAME). Répétable.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="111"/>
        <source>Use the document&apos;s named variable set (e.g. prod).</source>
        <translation>Utiliser le jeu de variables nommé du document (p. ex. prod).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="115"/>
        <source>Output: text (default) or json (one JSON object per task per line, then a summary line; &quot;format&quot;: 2).</source>
        <translation>Sortie : text (par défaut) ou json (un objet JSON par tâche et par ligne, puis une ligne de synthèse ; &quot;format&quot;: 2).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="121"/>
        <source>Also write a JUnit XML report.</source>
        <translation>Écrire aussi un rapport XML JUnit.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="125"/>
        <source>Show how each success criteria was evaluated.</source>
        <translation>Montrer comment chaque critère de réussite a été évalué.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="128"/>
        <source>The API-response limit in seconds (default 20, the server&apos;s).</source>
        <translation>La limite de réponse de l’API en secondes (par défaut 20, celle du serveur).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="134"/>
        <source>Dry-run option: treat any 2xx status as success. Azure DevOps documents 200 OK as the rule.</source>
        <translation>Option d’exécution à blanc : traiter tout statut 2xx comme un succès. Azure DevOps documente 200 OK comme règle.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="139"/>
        <source>Stop reading a response after this many bytes (default 256 MiB).</source>
        <translation>Arrêter de lire une réponse après ce nombre d’octets (par défaut 256 Mio).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="145"/>
        <source>Callback tasks: where the local plan listener binds (default 127.0.0.1:0, a free port).</source>
        <translation>Tâches à callback : où l’écouteur de plan local se lie (par défaut 127.0.0.1:0, un port libre).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="151"/>
        <source>Callback tasks: the URL the service reaches the listener at (e.g. a tunnel); becomes system.CollectionUri.</source>
        <translation>Tâches à callback : l’URL par laquelle le service joint l’écouteur (p. ex. un tunnel) ; devient system.CollectionUri.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="158"/>
        <source>Callback tasks: how long to wait for TaskCompleted (default: the task&apos;s timeout, or 60 minutes).</source>
        <translation>Tâches à callback : combien de temps attendre TaskCompleted (par défaut : le délai d’expiration de la tâche, ou 60 minutes).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="165"/>
        <source>Callback tasks: the plan&apos;s hub, system.HostType (build, release, gates, checks; default build).</source>
        <translation>Tâches à callback : le hub du plan, system.HostType (build, release, gates, checks ; par défaut build).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="171"/>
        <source>Read dry-run variables from NAME=VALUE lines (# starts a comment). Repeatable; --var wins.</source>
        <translation>Lire des variables d’exécution à blanc dans des lignes NAME=VALUE (# commence un commentaire). Répétable ; --var l’emporte.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="177"/>
        <source>Run only tasks whose display name matches PATTERN (* any text, ? one character, case-insensitive). Repeatable.</source>
        <translation>N’exécuter que les tâches dont le nom d’affichage correspond à PATTERN (* n’importe quel texte, ? un caractère, sans distinction de casse). Répétable.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="183"/>
        <source>Stop after the first task that does not pass.</source>
        <translation>S’arrêter après la première tâche qui ne réussit pas.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="186"/>
        <source>Run up to N tasks at once (default 1); output stays in order. Callback tasks run alone.</source>
        <translation>Exécuter jusqu’à N tâches à la fois (par défaut 1) ; la sortie reste dans l’ordre. Les tâches à callback s’exécutent seules.</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="192"/>
        <source>Show request and response headers and bodies (redacted, 64 KB at most per body).</source>
        <translation>Afficher les en-têtes et corps de requête et de réponse (masqués, 64 Ko au plus par corps).</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="273"/>
        <source>Stores a connection&apos;s secret in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager), or removes it. &apos;set&apos; reads the secret from standard input, never from the command line: typed at a terminal it is not echoed; piped, one trailing newline is dropped.

With --design the connection is looked up in that design document and its secret is stored under the connection&apos;s stable id (its &apos;id:&apos;, or the id its name gives when it has none). Without --design, under the id the name gives.

--kind defaults to what the connection&apos;s authentication needs: password (Generic), client-secret (Azure RM service principal), token (Azure RM access token, Azure DevOps PAT); without --design, password.

RESTGATE_SECRET_&lt;CONNECTION&gt; (the name upper-cased, other characters as &apos;_&apos;), when set, overrides the keychain for &apos;restgate-cli run&apos;.</source>
        <translation>Enregistre le secret d’une connexion dans le trousseau du système (Secret Service, trousseau macOS, Gestionnaire d’identification Windows), ou le supprime. « set » lit le secret sur l’entrée standard, jamais sur la ligne de commande : saisi dans un terminal, il n’est pas affiché ; reçu par un tube, un saut de ligne final est retiré.

Avec --design, la connexion est cherchée dans ce document de conception et son secret est enregistré sous l’identifiant stable de la connexion (son « id: », ou l’identifiant que donne son nom si elle n’en a pas). Sans --design, sous l’identifiant que donne le nom.

--kind vaut par défaut ce dont l’authentification de la connexion a besoin : password (Generic), client-secret (principal de service Azure RM), token (jeton d’accès Azure RM, PAT Azure DevOps) ; sans --design, password.

RESTGATE_SECRET_&lt;CONNECTION&gt; (le nom en majuscules, les autres caractères remplacés par « _ »), s’il est défini, remplace le trousseau pour « restgate-cli run ».</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="287"/>
        <source>The design document the connection is in.</source>
        <translation>Le document de conception qui contient la connexion.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="291"/>
        <source>password, token or client-secret.</source>
        <translation>password, token ou client-secret.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="296"/>
        <source>set stores a secret, clear removes it.</source>
        <translation>set enregistre un secret, clear le supprime.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="299"/>
        <source>The connection&apos;s name.</source>
        <translation>Le nom de la connexion.</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::Errors</name>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="96"/>
        <source>expected one design document</source>
        <translation>un document de conception attendu</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="102"/>
        <source>--as must be step, job, stage or curl</source>
        <translation>--as doit valoir step, job, stage ou curl</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="108"/>
        <source>--shell must be posix or powershell</source>
        <translation>--shell doit valoir posix ou powershell</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/exportcommand.cpp" line="126"/>
        <location filename="../src/cli/runcommand.cpp" line="361"/>
        <source>no task &apos;%1&apos; (the document has %n task(s); numbers count from 1)</source>
        <translation>
            <numerusform>pas de tâche « %1 » (le document a %n tâche ; les numéros commencent à 1)</numerusform>
            <numerusform>pas de tâche « %1 » (le document a %n tâches ; les numéros commencent à 1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="141"/>
        <location filename="../src/cli/runcommand.cpp" line="379"/>
        <source>the document has no tasks</source>
        <translation>le document n’a aucune tâche</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="153"/>
        <location filename="../src/cli/runcommand.cpp" line="335"/>
        <source>the document has no variable set &apos;%1&apos;</source>
        <translation>le document n’a pas de jeu de variables « %1 »</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="206"/>
        <source>--name must be an identifier (A-Z, a-z, 0-9, &apos;_&apos;, not starting with a digit)</source>
        <translation>--name doit être un identifiant (A-Z, a-z, 0-9, « _ », sans chiffre au début)</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="57"/>
        <source>expected one pipeline file</source>
        <translation>un fichier de pipeline attendu</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="63"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="69"/>
        <source>no InvokeRESTAPI step found</source>
        <translation>aucune étape InvokeRESTAPI trouvée</translation>
    </message>
    <message>
        <location filename="../src/cli/importcommand.cpp" line="106"/>
        <location filename="../src/cli/importcommand.cpp" line="114"/>
        <location filename="../src/cli/importcurlcommand.cpp" line="87"/>
        <location filename="../src/cli/importcurlcommand.cpp" line="120"/>
        <source>The design was not changed.</source>
        <translation>La conception n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="68"/>
        <location filename="../src/cli/runcommand.cpp" line="37"/>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="97"/>
        <source>unsupported (not imported): %1</source>
        <translation>non pris en charge (non importé) : %1</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="100"/>
        <source>ignored (does not change the request): %1</source>
        <translation>ignoré (ne change pas la requête) : %1</translation>
    </message>
    <message>
        <location filename="../src/cli/importcurlcommand.cpp" line="106"/>
        <source>The password is not stored. For a dry run set %1 (or store it with &apos;restgate-cli secret&apos;).</source>
        <translation>Le mot de passe n’est pas enregistré. Pour une exécution à blanc, définissez %1 (ou enregistrez-le avec « restgate-cli secret »).</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="50"/>
        <source>the design on standard input is longer than %1 bytes</source>
        <translation>la conception sur l’entrée standard dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="206"/>
        <source>expected one design document or more</source>
        <translation>un document de conception ou plus attendu</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="213"/>
        <source>--format must be text or json</source>
        <translation>--format doit valoir text ou json</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="224"/>
        <source>--timeout takes a number of seconds above 0 and at most %1 (got &apos;%2&apos;)</source>
        <translation>--timeout attend un nombre de secondes supérieur à 0 et d’au plus %1 (reçu : « %2 »)</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="237"/>
        <source>--max-body-bytes must be above 2097152 (the server&apos;s 2 MB criteria limit)</source>
        <translation>--max-body-bytes doit dépasser 2097152 (la limite de 2 Mo du serveur pour les critères)</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="258"/>
        <source>--jobs takes a number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--jobs attend un nombre de 1 à %1 (reçu : « %2 »)</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="277"/>
        <source>--public-url is not a valid URL</source>
        <translation>--public-url n’est pas une URL valide</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="291"/>
        <source>--callback-timeout takes a number of seconds from 0 to %1 (got &apos;%2&apos;)</source>
        <translation>--callback-timeout attend un nombre de secondes de 0 à %1 (reçu : « %2 »)</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="308"/>
        <source>--task picks tasks of one design; with several, use --name PATTERN</source>
        <translation>--task choisit les tâches d’une seule conception ; avec plusieurs, utilisez --name MOTIF</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="390"/>
        <source>no task&apos;s display name matches %1</source>
        <translation>aucun nom d’affichage de tâche ne correspond à %1</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="399"/>
        <source>a gate simulation evaluates a task of one design</source>
        <translation>une simulation de gate évalue une tâche d’une seule conception</translation>
    </message>
    <message>
        <location filename="../src/cli/runcommand.cpp" line="466"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="106"/>
        <source>--port takes a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port attend un nombre de 0 à 65535, pas « %1 »</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="114"/>
        <source>--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not &apos;%1&apos;</source>
        <translation>--bind attend une adresse IP comme 127.0.0.1 ou 0.0.0.0, pas « %1 »</translation>
    </message>
    <message>
        <location filename="../src/cli/demoservercommand.cpp" line="125"/>
        <source>cannot install the SIGINT/SIGTERM handlers</source>
        <translation>impossible d’installer les gestionnaires SIGINT/SIGTERM</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="61"/>
        <source>at line %1, column %2:</source>
        <translation>à la ligne %1, colonne %2 :</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="87"/>
        <location filename="../src/cli/evalcommand.cpp" line="97"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="107"/>
        <source>%1 is longer than %2 bytes (256 MiB), the most eval reads; the server judges nothing over 2 MB (2097152 bytes) anyway</source>
        <translation>%1 dépasse %2 octets (256 Mio), le maximum que lit eval ; le serveur ne juge de toute façon rien au-delà de 2 Mo (2097152 octets)</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="111"/>
        <source>the response on standard input</source>
        <translation>la réponse sur l’entrée standard</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="176"/>
        <source>missing EXPRESSION</source>
        <translation>EXPRESSION manquante</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="177"/>
        <source>expected one EXPRESSION, got %1 (quote the expression)</source>
        <translation>une EXPRESSION attendue, %1 reçues (mettez l’expression entre guillemets)</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="199"/>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="210"/>
        <source>the expression is empty; a task without success criteria ignores the response body</source>
        <translation>l’expression est vide ; une tâche sans critères de réussite ignore le corps de la réponse</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="220"/>
        <location filename="../src/cli/evalcommand.cpp" line="225"/>
        <source>hint: %1</source>
        <translation>conseil : %1</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="229"/>
        <source>(the body has %1 bytes; the limit is %2)</source>
        <translation>(le corps fait %1 octets ; la limite est %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/evalcommand.cpp" line="234"/>
        <source>dry run, ignoring the limit: the criteria would be %1</source>
        <translation>exécution à blanc sans la limite : les critères vaudraient %1</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="95"/>
        <source>cannot read the terminal settings of standard input</source>
        <translation>impossible de lire les réglages du terminal de l’entrée standard</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="114"/>
        <source>cannot turn off echo on the terminal, so the secret is not read from it</source>
        <translation>impossible de désactiver l’écho du terminal, le secret n’y est donc pas lu</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="131"/>
        <source>cannot read the secret from the terminal</source>
        <translation>impossible de lire le secret depuis le terminal</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="139"/>
        <source>cannot read the secret from standard input (more than 64 KiB?)</source>
        <translation>impossible de lire le secret sur l’entrée standard (plus de 64 Kio ?)</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="170"/>
        <source>the connection name is empty</source>
        <translation>le nom de la connexion est vide</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="197"/>
        <source>%1 has no connection &apos;%2&apos;</source>
        <translation>%1 n’a pas de connexion « %2 »</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="200"/>
        <source>%1 has no connection &apos;%2&apos; (it has: %3)</source>
        <translation>%1 n’a pas de connexion « %2 » (il a : %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="234"/>
        <source>connection &apos;%1&apos; gets its token from the Azure CLI (&apos;az login&apos;) and has no secret to store; pass --kind to store one anyway</source>
        <translation>la connexion « %1 » obtient son jeton de l’Azure CLI (« az login ») et n’a pas de secret à enregistrer ; passez --kind pour en enregistrer un malgré tout</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="256"/>
        <source>. Without a keychain restgate-cli cannot keep a secret between runs: set %1 in the environment of &apos;restgate-cli run&apos; instead</source>
        <translation>. Sans trousseau, restgate-cli ne peut pas garder un secret d’une exécution à l’autre : définissez plutôt %1 dans l’environnement de « restgate-cli run »</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="305"/>
        <source>expected set or clear and a connection name</source>
        <translation>set ou clear et un nom de connexion attendus</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="308"/>
        <source>unknown action &apos;%1&apos; (set or clear)</source>
        <translation>action inconnue « %1 » (set ou clear)</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="317"/>
        <source>the secret is read from standard input, never from the command line; run
  %1
or type it at the prompt</source>
        <translation>le secret est lu sur l’entrée standard, jamais sur la ligne de commande ; lancez
  %1
ou tapez-le à l’invite</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="327"/>
        <source>expected one connection name</source>
        <translation>un nom de connexion attendu</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="329"/>
        <source>Run &apos;restgate-cli secret --help&apos; for usage.</source>
        <translation>« restgate-cli secret --help » en montre l’usage.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="343"/>
        <source>--kind must be password, token or client-secret</source>
        <translation>--kind doit valoir password, token ou client-secret</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="400"/>
        <source>no secret on standard input (to remove one: %1)</source>
        <translation>aucun secret sur l’entrée standard (pour en supprimer un : %1)</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::Gate</name>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="35"/>
        <source>--%1 takes a duration such as 30s, 5m, 1h30m or 250ms (got &apos;%2&apos;)</source>
        <translation>--%1 attend une durée comme 30s, 5m, 1h30m ou 250ms (reçu « %2 »)</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="51"/>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="118"/>
        <source>a gate simulation needs both --poll INTERVAL and --gate-timeout DURATION</source>
        <translation>une simulation de porte nécessite à la fois --poll INTERVAL et --gate-timeout DURATION</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="121"/>
        <source>--junit is not written for a gate simulation (--poll)</source>
        <translation>--junit n’est pas écrit pour une simulation de porte (--poll)</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="144"/>
        <source>a gate simulation evaluates one task; the design has %1 enabled: pick one with --task</source>
        <translation>une simulation de porte évalue une seule tâche ; la conception en a %1 activées : choisissez-en une avec --task</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="183"/>
        <source>note: %1</source>
        <translation>note : %1</translation>
    </message>
    <message>
        <location filename="../src/cli/gaterun.cpp" line="185"/>
        <source>Gate: %1 — every %2, steady for %3, timeout %4, delay %5</source>
        <translation>Porte : %1 — toutes les %2, stable pendant %3, délai d’expiration %4, délai %5</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::NetworkOptions</name>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="28"/>
        <source>--%1: the environment variable &apos;%2&apos; is not set</source>
        <translation>--%1 : la variable d’environnement « %2 » n’est pas définie</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="43"/>
        <source>Also trust the CA certificates in FILE (PEM or DER). Repeatable. SSL_CERT_FILE and SSL_CERT_DIR are honoured too.</source>
        <translation>Faire aussi confiance aux certificats d’AC de FILE (PEM ou DER). Répétable. SSL_CERT_FILE et SSL_CERT_DIR sont aussi pris en compte.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="49"/>
        <source>Also trust the CA certificates in DIR. Repeatable.</source>
        <translation>Faire aussi confiance aux certificats d’AC de DIR. Répétable.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="53"/>
        <source>Client certificate: PEM (with --key, or the key in the same file) or PKCS#12 (.p12/.pfx).</source>
        <translation>Certificat client : PEM (avec --key, ou la clé dans le même fichier) ou PKCS#12 (.p12/.pfx).</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="58"/>
        <source>The client certificate&apos;s PEM private key.</source>
        <translation>La clé privée PEM du certificat client.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="61"/>
        <source>Read the key or PKCS#12 password from environment variable NAME (never a password on the command line).</source>
        <translation>Lire le mot de passe de la clé ou du PKCS#12 dans la variable d’environnement NAME (jamais de mot de passe sur la ligne de commande).</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="67"/>
        <source>Do not check the server&apos;s TLS certificate. Every output then says the certificate was not checked.</source>
        <translation>Ne pas vérifier le certificat TLS du serveur. Chaque sortie indique alors que le certificat n’a pas été vérifié.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="72"/>
        <source>Use this proxy (http://, socks5://, socks5h://; user@ allowed) instead of HTTPS_PROXY / HTTP_PROXY / ALL_PROXY. &quot;&quot; means none.</source>
        <translation>Utiliser ce proxy (http://, socks5://, socks5h:// ; user@ autorisé) au lieu de HTTPS_PROXY / HTTP_PROXY / ALL_PROXY. &quot;&quot; signifie aucun.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="78"/>
        <source>Hosts that bypass the proxy, curl&apos;s syntax: comma-separated names (subdomains match), addresses, subnets, host:port, or *. Replaces NO_PROXY.</source>
        <translation>Hôtes qui contournent le proxy, syntaxe de curl : noms séparés par des virgules (les sous-domaines correspondent), adresses, sous-réseaux, hôte:port, ou *. Remplace NO_PROXY.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="84"/>
        <source>Read the proxy password from environment variable NAME.</source>
        <translation>Lire le mot de passe du proxy dans la variable d’environnement NAME.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="88"/>
        <source>Stop at the first redirect (3xx) instead of following it.</source>
        <translation>S’arrêter à la première redirection (3xx) au lieu de la suivre.</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="103"/>
        <source>--key needs --cert</source>
        <translation>--key nécessite --cert</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="108"/>
        <source>--cert-password-env needs --cert</source>
        <translation>--cert-password-env nécessite --cert</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="133"/>
        <source>no such file: %1</source>
        <translation>fichier introuvable : %1</translation>
    </message>
    <message>
        <location filename="../src/cli/networkoptions.cpp" line="139"/>
        <source>--capath: no such directory: %1</source>
        <translation>--capath : répertoire introuvable : %1</translation>
    </message>
</context>
<context>
    <name>RestGate::Cli::Secret</name>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="27"/>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="30"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="32"/>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="34"/>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="247"/>
        <source>entry %1 of service %2</source>
        <translation>entrée %1 du service %2</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="356"/>
        <source>No %1 was stored for connection &apos;%2&apos; (id %3).</source>
        <translation>Aucun %1 n’était enregistré pour la connexion « %2 » (id %3).</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="367"/>
        <source>Removed 1 secret of connection &apos;%1&apos; (id %2) from the OS keychain.</source>
        <translation>1 secret de la connexion « %1 » (id %2) supprimé du trousseau du système.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="370"/>
        <source>Removed %1 secrets of connection &apos;%2&apos; (id %3) from the OS keychain.</source>
        <translation>%1 secrets de la connexion « %2 » (id %3) supprimés du trousseau du système.</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="392"/>
        <source>%1 for connection &apos;%2&apos; (input hidden): </source>
        <translation>%1 pour la connexion « %2 » (saisie masquée) : </translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="412"/>
        <source>Stored the %1 of connection &apos;%2&apos; in the OS keychain (%3).</source>
        <translation>Le %1 de la connexion « %2 » est enregistré dans le trousseau du système (%3).</translation>
    </message>
    <message>
        <location filename="../src/cli/secretcommand.cpp" line="417"/>
        <source>note: %1 is set here and overrides the keychain for &apos;restgate-cli run&apos;.</source>
        <translation>remarque : %1 est défini ici et l’emporte sur le trousseau pour « restgate-cli run ».</translation>
    </message>
</context>
<context>
    <name>RestGate::ConnectionTest</name>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="64"/>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="140"/>
        <source>No answer from %1 in time: the server is not reachable.</source>
        <translation>Pas de réponse de %1 à temps : le serveur n’est pas joignable.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="141"/>
        <source>Cannot reach %1: %2.</source>
        <translation>Impossible de joindre %1 : %2.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="153"/>
        <source>No credentials were sent: the connection has no user name or password, so the request carried an empty &apos;Authorization: Basic Og==&apos;.</source>
        <translation>Aucun identifiant n’a été envoyé : la connexion n’a ni nom d’utilisateur ni mot de passe, la requête portait donc un « Authorization: Basic Og== » vide.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="157"/>
        <source>Reachable: GET %1 answered %2. %3 The server asks for none here, so this tests no credentials.</source>
        <translation>Joignable : GET %1 a répondu %2. %3 Le serveur n’en demande pas ici, ce test ne vérifie donc aucun identifiant.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="162"/>
        <source>Reachable, but GET %1 answered %2: the server wants credentials. %3 Add a user name and password.</source>
        <translation>Joignable, mais GET %1 a répondu %2 : le serveur demande des identifiants. %3 Ajoutez un nom d’utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="167"/>
        <source>Reachable: GET %1 answered %2, which is not success. %3</source>
        <translation>Joignable : GET %1 a répondu %2, ce qui n’est pas un succès. %3</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="171"/>
        <source>Reachable, and the credentials were accepted: GET %1 answered %2.</source>
        <translation>Joignable, et les identifiants ont été acceptés : GET %1 a répondu %2.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="174"/>
        <source>Reachable, but the credentials were refused: GET %1 answered %2.</source>
        <translation>Joignable, mais les identifiants ont été refusés : GET %1 a répondu %2.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="177"/>
        <source>Reachable: GET %1 answered %2. The credentials were not refused, but the base URL itself does not answer with success.</source>
        <translation>Joignable : GET %1 a répondu %2. Les identifiants n’ont pas été refusés, mais l’URL de base elle-même ne répond pas par un succès.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="229"/>
        <source>The connection has no URL to test.</source>
        <translation>La connexion n’a pas d’URL à tester.</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectiontest.cpp" line="230"/>
        <source>&apos;%1&apos; is not an absolute http or https URL.</source>
        <translation>« %1 » n’est pas une URL http ou https absolue.</translation>
    </message>
</context>
<context>
    <name>RestGate::ConnectionsDialog</name>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="47"/>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="49"/>
        <source>Azure Resource Manager</source>
        <translation>Azure Resource Manager</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="51"/>
        <source>Azure DevOps</source>
        <translation>Azure DevOps</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="60"/>
        <source>Azure Cloud</source>
        <translation>Azure Cloud</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="62"/>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="64"/>
        <source>Azure China Cloud</source>
        <translation>Azure China Cloud</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="66"/>
        <source>Custom (Azure Stack, private cloud)</source>
        <translation>Personnalisé (Azure Stack, cloud privé)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="75"/>
        <source>Service principal secret</source>
        <translation>Secret du principal de service</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="77"/>
        <source>Azure CLI (az login)</source>
        <translation>Azure CLI (az login)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="79"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="81"/>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="91"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="93"/>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="95"/>
        <source>personal access token</source>
        <translation>jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="96"/>
        <source>access token</source>
        <translation>jeton d&apos;accès</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="100"/>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="291"/>
        <source>-copy</source>
        <translation>-copie</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="455"/>
        <source>&amp;%1:</source>
        <translation>&amp;%1 :</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="507"/>
        <source>The new %1 is stored in the OS keychain when you click OK.</source>
        <translation>Le nouveau %1 est enregistré dans le trousseau du système quand vous cliquez sur OK.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="508"/>
        <source>The stored %1 is removed from the OS keychain when you click OK.</source>
        <translation>Le %1 enregistré est supprimé du trousseau du système quand vous cliquez sur OK.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="511"/>
        <source>The %1 of &apos;%2&apos;, if one is stored, is copied to this connection when you click OK.</source>
        <translation>Le %1 de « %2 », s&apos;il est enregistré, est copié dans cette connexion quand vous cliquez sur OK.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="517"/>
        <source>Checking the OS keychain…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="520"/>
        <source>A %1 is kept in memory for this run only.</source>
        <translation>Un %1 est gardé en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="521"/>
        <source>A %1 is stored in the OS keychain.</source>
        <translation>Un %1 est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="526"/>
        <source>No %1 is stored; requests are sent with an empty one.</source>
        <translation>Aucun %1 enregistré ; les requêtes sont envoyées avec une valeur vide.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="527"/>
        <source>No %1 is stored.</source>
        <translation>Aucun %1 enregistré.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="530"/>
        <source>The OS keychain cannot be read: %1</source>
        <translation>Le trousseau du système est illisible : %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="596"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="619"/>
        <source>A connection needs a name.</source>
        <translation>Une connexion a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="622"/>
        <source>Two connections are named &apos;%1&apos;; Azure DevOps tells names apart ignoring case, so each needs its own.</source>
        <translation>Deux connexions s&apos;appellent « %1 » ; Azure DevOps distingue les noms sans tenir compte de la casse, chacune a donc besoin du sien.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="693"/>
        <source>No keychain available</source>
        <translation>Aucun trousseau disponible</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="708"/>
        <source>Saving the secrets failed: %1</source>
        <translation>L&apos;enregistrement des secrets a échoué : %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="721"/>
        <source>Saving the secrets in the OS keychain…</source>
        <translation>Enregistrement des secrets dans le trousseau du système…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="331"/>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/connectionsdialog.cpp" line="332"/>
        <source>%n task(s) use the connection “%1”. Delete it anyway? They will refer to a connection the design no longer has, and cannot be sent until you choose another.</source>
        <translation>
            <numerusform>%n tâche utilise la connexion « %1 ». La supprimer quand même ? Elle ferait référence à une connexion absente de la conception et ne pourrait pas être envoyée avant que vous en choisissiez une autre.</numerusform>
            <numerusform>%n tâches utilisent la connexion « %1 ». La supprimer quand même ? Elles feraient référence à une connexion absente de la conception et ne pourraient pas être envoyées avant que vous en choisissiez une autre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestGate::CredentialResolver</name>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="21"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="23"/>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="25"/>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="124"/>
        <source>Resolving the connection&apos;s credential was cancelled.</source>
        <translation>La résolution des identifiants de la connexion a été annulée.</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="163"/>
        <source>Connection &apos;%1&apos;: %2</source>
        <translation>Connexion « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="189"/>
        <source>No password is stored for connection &apos;%1&apos;: sending an empty one.</source>
        <translation>Aucun mot de passe n’est enregistré pour la connexion « %1 » : un mot de passe vide est envoyé.</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="303"/>
        <source>Connection &apos;%1&apos; has no %2: store it with &apos;restgate-cli secret set %1 --kind %3&apos; (or in the Connections dialog), or set %4.</source>
        <translation>La connexion « %1 » n’a pas de %2 : enregistrez-le avec « restgate-cli secret set %1 --kind %3 » (ou dans la boîte de dialogue des connexions), ou définissez %4.</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="313"/>
        <source>%1. Set %2 for connection &apos;%3&apos;, or keep its secret for this run only.</source>
        <translation>%1. Définissez %2 pour la connexion « %3 », ou gardez son secret pour cette exécution seulement.</translation>
    </message>
    <message>
        <location filename="../src/secrets/credentialresolver.cpp" line="325"/>
        <source>Cannot read the %1 of connection &apos;%2&apos; from the keychain: %3</source>
        <translation>Impossible de lire le %1 de la connexion « %2 » dans le trousseau : %3</translation>
    </message>
    <message>
        <location filename="../src/secrets/connectioncredentials.cpp" line="38"/>
        <source>%1 Sending an empty password.</source>
        <translation>%1 Un mot de passe vide est envoyé.</translation>
    </message>
</context>
<context>
    <name>RestGate::CriteriaEdit</name>
    <message>
        <location filename="../src/app/widgets/criteriaedit.cpp" line="70"/>
        <source>Criteria completions</source>
        <translation>Complétions des critères</translation>
    </message>
</context>
<context>
    <name>RestGate::CurlExport</name>
    <message>
        <location filename="../src/core/pipeline/curlexport.cpp" line="312"/>
        <source>A secret could not be replaced by an environment variable reference; no curl command was written.</source>
        <translation>Un secret n’a pas pu être remplacé par une référence à une variable d’environnement ; aucune commande curl n’a été écrite.</translation>
    </message>
</context>
<context>
    <name>RestGate::CurlImport</name>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="753"/>
        <source>The command logs in as &apos;%1&apos;, but the reused connection &apos;%2&apos; uses &apos;%3&apos;.</source>
        <translation>La commande se connecte en tant que &apos;%1&apos;, mais la connexion réutilisée &apos;%2&apos; utilise &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="782"/>
        <source>Method %1 is not one the task offers.</source>
        <translation>La méthode %1 ne fait pas partie de celles que propose la tâche.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="817"/>
        <source>The bearer token is not stored: the task&apos;s Authorization header uses the secret variable $(%1). Give it a value (%2 for the CLI).</source>
        <translation>Le jeton bearer n’est pas enregistré : l’en-tête Authorization de la tâche utilise la variable secrète $(%1). Donnez-lui une valeur (%2 pour la CLI).</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="832"/>
        <source>The connection URL &apos;%1&apos; has no trailing slash, so the URL suffix starts with &apos;/&apos;: Azure DevOps joins them as text, to %2.</source>
        <translation>L’URL de la connexion &apos;%1&apos; ne se termine pas par une barre oblique, le suffixe d’URL commence donc par &apos;/&apos; : Azure DevOps les joint comme du texte, en %2.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="840"/>
        <source>Header &apos;%1&apos; contains &apos;$(&apos;: Azure DevOps expands $(name) as a variable.</source>
        <translation>L’en-tête &apos;%1&apos; contient &apos;$(&apos; : Azure DevOps développe $(name) comme une variable.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="848"/>
        <source>The body contains &apos;$(&apos;: Azure DevOps expands $(name) as a variable.</source>
        <translation>Le corps contient &apos;$(&apos; : Azure DevOps développe $(name) comme une variable.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="858"/>
        <source>The command sends no credentials, but a Generic connection always sends Basic credentials: with an empty user name and password the task sends &apos;Authorization: Basic Og==&apos;.</source>
        <translation>La commande n’envoie pas d’identifiants, mais une connexion générique envoie toujours des identifiants Basic : avec un nom d’utilisateur et un mot de passe vides, la tâche envoie &apos;Authorization: Basic Og==&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/curlimport.cpp" line="865"/>
        <source>-u gives no password; curl would ask for it.</source>
        <translation>-u ne donne pas de mot de passe ; curl le demanderait.</translation>
    </message>
</context>
<context>
    <name>RestGate::CurlImportDialog</name>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="22"/>
        <source>Method and path, e.g. POST /v1/items</source>
        <translation>Méthode et chemin, p. ex. POST /v1/items</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="23"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="24"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="88"/>
        <source>This cannot be imported: %1</source>
        <translation>Import impossible : %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="103"/>
        <source>%1 (%2), the document&apos;s own connection</source>
        <translation>%1 (%2), la connexion propre du document</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="104"/>
        <source>%1 (%2), a new %3 connection</source>
        <translation>%1 (%2), une nouvelle connexion %3</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="108"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="112"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="112"/>
        <source>(%1 sends no body)</source>
        <translation>(%1 n&apos;envoie pas de corps)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="117"/>
        <source>The password is not put into the task or the connection: store it for connection “%1” (or set %2 for restgate-cli).</source>
        <translation>Le mot de passe n&apos;est mis ni dans la tâche ni dans la connexion : enregistrez-le pour la connexion « %1 » (ou définissez %2 pour restgate-cli).</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="121"/>
        <source>The bearer token is moved out of the headers into the secret variable $(%1); its value is never saved.</source>
        <translation>Le jeton bearer est retiré des en-têtes et placé dans la variable secrète $(%1) ; sa valeur n&apos;est jamais enregistrée.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="125"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="125"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/curlimportdialog.cpp" line="135"/>
        <source>Ignored, they only change what curl prints or does locally: %1</source>
        <translation>Ignorées, elles ne changent que ce que curl affiche ou fait localement : %1</translation>
    </message>
</context>
<context>
    <name>RestGate::DesignOverview</name>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="17"/>
        <source>Service &amp;connections</source>
        <translation>&amp;Connexions de service</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="20"/>
        <source>Service connections</source>
        <translation>Connexions de service</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="21"/>
        <source>&amp;Manage…</source>
        <translation>&amp;Gérer…</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="22"/>
        <source>Manage service connections</source>
        <translation>Gérer les connexions de service</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="24"/>
        <source>Variable s&amp;ets</source>
        <translation>&amp;Jeux de variables</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="27"/>
        <source>Variable sets</source>
        <translation>Jeux de variables</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="28"/>
        <source>The set a dry run uses (checked). Activate one to use it and edit it below.</source>
        <translation>Le jeu utilisé par l&apos;exécution à blanc (coché). Activez-en un pour l&apos;utiliser et le modifier ci-dessous.</translation>
    </message>
    <message>
        <location filename="../src/app/design/designoverview.cpp" line="68"/>
        <source>(base variables only)</source>
        <translation>(variables de base uniquement)</translation>
    </message>
</context>
<context>
    <name>RestGate::DisplayText</name>
    <message>
        <location filename="../src/core/design/displaytext.cpp" line="10"/>
        <source>en</source>
        <extracomment>The code of this catalogue&apos;s language (de, fr, ja): numbers in messages are written the way it writes them.</extracomment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>RestGate::Expression::CriteriaEvaluator</name>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="110"/>
        <source>%1 at line %2, column %3</source>
        <translation>%1 ligne %2, colonne %3</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="117"/>
        <source>The body is accepted by Azure DevOps but is not strict JSON (1 place): %1</source>
        <translation>Azure DevOps accepte le corps, mais ce n’est pas du JSON strict (1 endroit) : %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="120"/>
        <source>The body is accepted by Azure DevOps but is not strict JSON (%1 places): %2</source>
        <translation>Azure DevOps accepte le corps, mais ce n’est pas du JSON strict (%1 endroits) : %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="143"/>
        <source>%1() cannot order an %2; compare one of its values, or count(...) it</source>
        <translation>%1() ne peut pas ordonner un %2 ; comparez l’une de ses valeurs, ou comptez-le avec count(...)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="147"/>
        <source>%1() converts its right argument to the type of the left one (%2), and %3 (%4) does not convert; eq() would just say &apos;not equal&apos;</source>
        <translation>%1() convertit son argument de droite dans le type de celui de gauche (%2), et %3 (%4) ne se convertit pas ; eq() dirait simplement « différent »</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="154"/>
        <source>%1() works on text, and an %2 has no text form</source>
        <translation>%1() travaille sur du texte, et un %2 n’a pas de forme texte</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="159"/>
        <source>; to look for a value in an array use containsValue(array, value)</source>
        <translation> ; pour chercher une valeur dans un tableau, utilisez containsValue(array, value)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="163"/>
        <source>in %1(): %2 %3 does not convert to %4</source>
        <translation>dans %1() : %2 %3 ne se convertit pas en %4</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="168"/>
        <source>the intermediate results exceed the server&apos;s 1 MB evaluation budget (long strings count twice their length)</source>
        <translation>les résultats intermédiaires dépassent le budget d’évaluation de 1 Mo du serveur (les longues chaînes comptent double)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="173"/>
        <source>a number in the body (NaN, Infinity or a huge value) does not fit the engine&apos;s decimal numbers</source>
        <translation>un nombre du corps (NaN, Infinity ou une valeur énorme) ne tient pas dans les nombres décimaux du moteur</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="178"/>
        <source>in %1(): %2</source>
        <translation>dans %1() : %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="200"/>
        <source>No variable defines %1, so the server evaluates it as written.</source>
        <translation>Aucune variable ne définit %1 ; le serveur l’évalue donc tel quel.</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="292"/>
        <source>The dry run kept only the first %1 bytes of the response; the server received all of it.</source>
        <translation>L’essai n’a gardé que les %1 premiers octets de la réponse ; le serveur l’a reçue en entier.</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="304"/>
        <source>The body nests %1 levels deep. Json.NET 13 refuses more than %2 by default, so a server on that version rejects it.</source>
        <translation>Le corps est imbriqué sur %1 niveaux. Json.NET 13 en refuse plus de %2 par défaut : un serveur sous cette version le rejette.</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="311"/>
        <source>The body is not a JSON object. The server speaks of parsing &quot;a JSON object&quot;; whether it accepts other values is not documented.</source>
        <translation>Le corps n’est pas un objet JSON. Le serveur parle d’analyser « un objet JSON » ; qu’il accepte d’autres valeurs n’est pas documenté.</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="323"/>
        <source>The dry run could not evaluate the criteria either: the body is not JSON (%1).</source>
        <translation>L’essai n’a pas pu évaluer les critères non plus : le corps n’est pas du JSON (%1).</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="328"/>
        <source>no body</source>
        <translation>pas de corps</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="330"/>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="361"/>
        <source>The criteria is not valid either: %1</source>
        <translation>Les critères ne sont pas valides non plus : %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="339"/>
        <source>Evaluating the criteria fails too: %1</source>
        <translation>L’évaluation des critères échoue aussi : %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/criteriaevaluator.cpp" line="358"/>
        <source>the response has no body</source>
        <translation>la réponse n’a pas de corps</translation>
    </message>
</context>
<context>
    <name>RestGate::Expression::Evaluator</name>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="333"/>
        <source>%1 cannot be indexed, so the result is null</source>
        <translation>%1 ne peut pas être indexé, le résultat est donc null</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="353"/>
        <source>and() stops at the first false argument</source>
        <translation>and() s’arrête au premier argument faux</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="363"/>
        <source>or() stops at the first true argument</source>
        <translation>or() s’arrête au premier argument vrai</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="425"/>
        <source>the first argument is not an array or an object, so the result is false</source>
        <translation>le premier argument n’est ni un tableau ni un objet, le résultat est donc false</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="451"/>
        <source>coalesce() returns the first value that is not null or &apos;&apos;</source>
        <translation>coalesce() renvoie la première valeur qui n’est ni null ni &apos;&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="490"/>
        <source>the text to replace is empty, so replace() returns its input</source>
        <translation>le texte à remplacer est vide, replace() renvoie donc son entrée</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="526"/>
        <source>iif() takes the second argument when the condition is true</source>
        <translation>iif() prend le deuxième argument quand la condition est vraie</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="528"/>
        <source>iif() takes the third argument when the condition is false</source>
        <translation>iif() prend le troisième argument quand la condition est fausse</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="672"/>
        <source>format() evaluates only the arguments its pattern references</source>
        <translation>format() n’évalue que les arguments auxquels son modèle fait référence</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="684"/>
        <source>the second argument is not an array, so no separator is needed</source>
        <translation>le deuxième argument n’est pas un tableau, aucun séparateur n’est donc nécessaire</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="692"/>
        <source>join() evaluates the separator only for two or more items</source>
        <translation>join() n’évalue le séparateur qu’à partir de deux éléments</translation>
    </message>
    <message>
        <location filename="../src/core/expression/evaluator.cpp" line="893"/>
        <source>not reached: evaluation stopped at the error</source>
        <translation>non atteint : l’évaluation s’est arrêtée à l’erreur</translation>
    </message>
</context>
<context>
    <name>RestGate::Expression::Parser</name>
    <message>
        <location filename="../src/core/expression/functions.cpp" line="92"/>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/functions.cpp" line="94"/>
        <source>exactly %1</source>
        <translation>exactement %1</translation>
    </message>
    <message>
        <location filename="../src/core/expression/functions.cpp" line="95"/>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="507"/>
        <source>there are no infix operators: write %1(a, b) instead of a %1 b</source>
        <translation>il n’y a pas d’opérateurs infixes : écrivez %1(a, b) au lieu de a %1 b</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="514"/>
        <source>two values in a row: separate arguments with &apos;,&apos; or combine conditions with and(a, b)</source>
        <translation>deux valeurs à la suite : séparez les arguments par &apos;,&apos; ou combinez les conditions avec and(a, b)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="525"/>
        <source>this string is never closed: add a closing &apos; (write &apos;&apos; for a quote inside a string)</source>
        <translation>cette chaîne n’est jamais fermée : ajoutez un &apos; final (écrivez &apos;&apos; pour une apostrophe dans une chaîne)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="529"/>
        <source>&apos;%1&apos; is not a version: a version has 2 to 4 numeric parts, like 1.2.3</source>
        <translation>&apos;%1&apos; n’est pas une version : une version a de 2 à 4 parties numériques, comme 1.2.3</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="532"/>
        <source>&apos;%1&apos; is not a number: write digits with an optional &apos;-&apos; and one &apos;.&apos; (no exponent, hex digits, &apos;+&apos; or &apos;_&apos;)</source>
        <translation>&apos;%1&apos; n’est pas un nombre : écrivez des chiffres avec un &apos;-&apos; facultatif et un seul &apos;.&apos; (ni exposant, ni chiffres hexadécimaux, ni &apos;+&apos; ou &apos;_&apos;)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="539"/>
        <source>double-quoted strings are not allowed; use single quotes: &apos;text&apos;</source>
        <translation>les chaînes entre guillemets doubles ne sont pas permises ; utilisez des apostrophes : &apos;text&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="551"/>
        <source>operators like %1 are not supported; use %2</source>
        <translation>les opérateurs comme %1 ne sont pas pris en charge ; utilisez %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="556"/>
        <source>there is no null literal; eq(x, &apos;&apos;) is true when x is null or an empty string</source>
        <translation>il n’y a pas de littéral null ; eq(x, &apos;&apos;) est vrai quand x est null ou une chaîne vide</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="564"/>
        <source>&apos;%1&apos; is not available in success criteria; use $(name) macros, which are replaced before the criteria is evaluated, and &apos;root&apos; for the response body</source>
        <translation>&apos;%1&apos; n’est pas disponible dans les critères de réussite ; utilisez les macros $(name), remplacées avant l’évaluation des critères, et &apos;root&apos; pour le corps de la réponse</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="574"/>
        <source>job status functions like %1() are not available in success criteria</source>
        <translation>les fonctions d’état de job comme %1() ne sont pas disponibles dans les critères de réussite</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="581"/>
        <source>unknown function &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>fonction inconnue &apos;%1&apos; ; vouliez-vous dire &apos;%2&apos; ?</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="584"/>
        <source>unknown function &apos;%1&apos;</source>
        <translation>fonction inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="586"/>
        <source>unknown name &apos;%1&apos;: the response body is &apos;root&apos;, so write root[&apos;%1&apos;]</source>
        <translation>nom inconnu &apos;%1&apos; : le corps de la réponse est &apos;root&apos;, écrivez donc root[&apos;%1&apos;]</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="591"/>
        <source>&apos;%1&apos; contains a quote: a string probably ended early; write &apos;&apos; for a quote inside a string</source>
        <translation>&apos;%1&apos; contient une apostrophe : une chaîne s’est sans doute terminée trop tôt ; écrivez &apos;&apos; pour une apostrophe dans une chaîne</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="597"/>
        <source>&apos;%1&apos; is not a name: names with &apos;-&apos; need the indexer, like root[&apos;%1&apos;]</source>
        <translation>&apos;%1&apos; n’est pas un nom : les noms avec &apos;-&apos; demandent l’indexeur, comme root[&apos;%1&apos;]</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="600"/>
        <source>&apos;%1&apos; is not a function, a literal or &apos;root&apos;</source>
        <translation>&apos;%1&apos; n’est ni une fonction, ni un littéral, ni &apos;root&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="609"/>
        <source>&apos;[&apos; must follow something to index, like root[&apos;name&apos;] or split(a, b)[0]</source>
        <translation>&apos;[&apos; doit suivre quelque chose d’indexable, comme root[&apos;name&apos;] ou split(a, b)[0]</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="612"/>
        <source>literals cannot be indexed</source>
        <translation>les littéraux ne peuvent pas être indexés</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="624"/>
        <source>&apos;.&apos; must follow something with properties, like root.name</source>
        <translation>&apos;.&apos; doit suivre quelque chose qui a des propriétés, comme root.name</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="627"/>
        <source>literals have no properties</source>
        <translation>les littéraux n’ont pas de propriétés</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="634"/>
        <source>a property name must follow &apos;.&apos;, like root.status</source>
        <translation>un nom de propriété doit suivre &apos;.&apos;, comme root.status</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="646"/>
        <source>a property name must follow &apos;.&apos;</source>
        <translation>un nom de propriété doit suivre &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="649"/>
        <source>&apos;%1&apos; cannot follow &apos;.&apos;: names that are not identifiers need the indexer, like root[&apos;%1&apos;]</source>
        <translation>&apos;%1&apos; ne peut pas suivre &apos;.&apos; : les noms qui ne sont pas des identificateurs demandent l’indexeur, comme root[&apos;%1&apos;]</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="655"/>
        <source>write either root.name or root[&apos;name&apos;], not both</source>
        <translation>écrivez soit root.name, soit root[&apos;name&apos;], pas les deux</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="658"/>
        <source>&apos;..&apos; is not supported; recursive descent exists only inside jsonpath(&apos;$..name&apos;)</source>
        <translation>&apos;..&apos; n’est pas pris en charge ; la descente récursive n’existe que dans jsonpath(&apos;$..name&apos;)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="673"/>
        <source>&apos;*&apos; is only valid right after &apos;[&apos; or &apos;.&apos;, as in root[*] or root.*</source>
        <translation>&apos;*&apos; n’est valide que juste après &apos;[&apos; ou &apos;.&apos;, comme dans root[*] ou root.*</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="694"/>
        <source>&apos;)&apos; cannot close &apos;[&apos;: add &apos;]&apos; first</source>
        <translation>&apos;)&apos; ne peut pas fermer &apos;[&apos; : ajoutez d’abord &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="695"/>
        <source>&apos;)&apos; without a function call to close; there are no grouping parentheses</source>
        <translation>&apos;)&apos; sans appel de fonction à fermer ; il n’y a pas de parenthèses de regroupement</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="702"/>
        <source>an argument is missing after &apos;,&apos;</source>
        <translation>il manque un argument après &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="705"/>
        <source>wrong number of arguments: %1 takes %2, got %3</source>
        <translation>mauvais nombre d’arguments : %1 en prend %2, reçu %3</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="718"/>
        <source>&apos;]&apos; without a matching &apos;[&apos;</source>
        <translation>&apos;]&apos; sans &apos;[&apos; correspondant</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="720"/>
        <source>an indexer needs exactly one value, like root[&apos;name&apos;] or root[0]</source>
        <translation>un indexeur demande exactement une valeur, comme root[&apos;name&apos;] ou root[0]</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="723"/>
        <source>&apos;]&apos; cannot close a function call: add &apos;)&apos; first</source>
        <translation>&apos;]&apos; ne peut pas fermer un appel de fonction : ajoutez d’abord &apos;)&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="738"/>
        <source>an indexer holds exactly one value; &apos;,&apos; separates function arguments</source>
        <translation>un indexeur contient exactement une valeur ; &apos;,&apos; sépare les arguments de fonction</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="740"/>
        <source>&apos;,&apos; outside a function call: combine conditions with and(a, b)</source>
        <translation>&apos;,&apos; hors d’un appel de fonction : combinez les conditions avec and(a, b)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="746"/>
        <source>an argument is missing before &apos;,&apos;</source>
        <translation>il manque un argument avant &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="750"/>
        <source>wrong number of arguments: %1 takes %2</source>
        <translation>mauvais nombre d’arguments : %1 en prend %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="762"/>
        <source>%1 is a function: write %2</source>
        <translation>%1 est une fonction : écrivez %2</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="801"/>
        <source>the expression is %1 characters long; the limit is %2 (whitespace included)</source>
        <translation>l’expression fait %1 caractères ; la limite est de %2 (espaces compris)</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="847"/>
        <source>&apos;(&apos; may only follow a function name; there are no grouping parentheses</source>
        <translation>&apos;(&apos; ne peut suivre qu’un nom de fonction ; il n’y a pas de parenthèses de regroupement</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="857"/>
        <source>functions and indexers are nested %1 deep; at most %2 may be open at once</source>
        <translation>fonctions et indexeurs sont imbriqués sur %1 niveaux ; %2 au plus peuvent être ouverts à la fois</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="866"/>
        <source>%1( is never closed: add &apos;)&apos;</source>
        <translation>%1( n’est jamais fermé : ajoutez &apos;)&apos;</translation>
    </message>
    <message>
        <location filename="../src/core/expression/parser.cpp" line="870"/>
        <source>&apos;[&apos; is never closed: add &apos;]&apos;</source>
        <translation>&apos;[&apos; n’est jamais fermé : ajoutez &apos;]&apos;</translation>
    </message>
</context>
<context>
    <name>RestGate::FindBar</name>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="20"/>
        <source>Match &amp;case</source>
        <translation>Respecter la c&amp;asse</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="25"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="28"/>
        <source>Text to find in the body</source>
        <translation>Texte à rechercher dans le corps</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="32"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="34"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Occurrence précédente (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="35"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="37"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="39"/>
        <source>Next match (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="40"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="43"/>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="47"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="48"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="192"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="194"/>
        <source>%1 of %2+</source>
        <translation>%1 sur %2+</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/findbar.cpp" line="196"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>RestGate::GateDialog</name>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="25"/>
        <source>Simulate gate — %1</source>
        <translation>Simuler la porte — %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="46"/>
        <source>Evaluation %1 running… %2</source>
        <translation>Évaluation %1 en cours… %2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="79"/>
        <source>The delay before evaluation</source>
        <translation>Le délai avant l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="80"/>
        <source>The time between evaluations</source>
        <translation>L&apos;intervalle entre les évaluations</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="81"/>
        <source>The minimum duration for steady results</source>
        <translation>La durée minimale de résultats stables</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="82"/>
        <source>The timeout</source>
        <translation>Le délai d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="86"/>
        <source>%1 is not a duration: write it like 30s, 5m, 1h30m or 250ms.</source>
        <translation>%1 n&apos;est pas une durée : écrivez-la comme 30s, 5m, 1h30m ou 250ms.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="126"/>
        <source>Reading the connection&apos;s secret…</source>
        <translation>Lecture du secret de la connexion…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="139"/>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="151"/>
        <source>Not started: %1</source>
        <translation>Non démarrée : %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gatedialog.cpp" line="172"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>RestGate::GateEvaluationModel</name>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="71"/>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="73"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="102"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="104"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="106"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="108"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="110"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/gateevaluationmodel.cpp" line="112"/>
        <source>Why it failed</source>
        <translation>Raison de l&apos;échec</translation>
    </message>
</context>
<context>
    <name>RestGate::GatePlot</name>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="34"/>
        <source>Evaluations over time</source>
        <translation>Évaluations au fil du temps</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="198"/>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="199"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="200"/>
        <source>error / timed out</source>
        <translation>erreur / délai expiré</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="201"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="219"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="248"/>
        <source>timeout %1</source>
        <translation>délai d&apos;expiration %1</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="255"/>
        <source>delay</source>
        <translation>délai</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="273"/>
        <source>#%1 at +%2: %3, %4, %5 ms</source>
        <translation>#%1 à +%2 : %3, %4, %5 ms</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gateplot.cpp" line="277"/>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
</context>
<context>
    <name>RestGate::GateSimulator</name>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="31"/>
        <source>The time between evaluations must be longer than 0.</source>
        <translation>Le temps entre les évaluations doit être supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="34"/>
        <source>A duration cannot be negative.</source>
        <translation>Une durée ne peut pas être négative.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="36"/>
        <source>The delay before evaluation is %1; Azure DevOps caps it at 48 hours.</source>
        <translation>Le délai avant l’évaluation est de %1 ; Azure DevOps le limite à 48 heures.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="40"/>
        <source>RestGate simulates a gate for at most %1.</source>
        <translation>RestGate simule une porte pendant %1 au plus.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="43"/>
        <source>The timeout (%1) must be longer than the delay before evaluation (%2): nothing would be evaluated.</source>
        <translation>Le délai d’expiration (%1) doit être plus long que le délai avant l’évaluation (%2) : rien ne serait évalué.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="50"/>
        <source>The gate can never succeed: with a delay of %1, evaluations every %2 and a minimum success duration of %3, the earliest evaluation that could end it starts at %4, not before the timeout (%5).</source>
        <translation>La porte ne peut jamais réussir : avec un délai de %1, des évaluations toutes les %2 et une durée minimale de réussite de %3, la première évaluation qui pourrait la terminer commence à %4, pas avant le délai d’expiration (%5).</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="67"/>
        <source>For a synchronous Invoke REST API check Microsoft recommends a timeout of at most 10 times the time between evaluations (here %1 times).</source>
        <translation>Pour une vérification Invoke REST API synchrone, Microsoft recommande un délai d’expiration d’au plus 10 fois le temps entre les évaluations (ici %1 fois).</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="74"/>
        <source>Azure Pipelines evaluates a check at most %1 times; up to %2 evaluations fit here, and the simulation stops at %1 too.</source>
        <translation>Azure Pipelines évalue une vérification au plus %1 fois ; jusqu’à %2 évaluations tiennent ici, et la simulation s’arrête aussi à %1.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="193"/>
        <source>The gate simulation is already running.</source>
        <translation>La simulation de porte est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="198"/>
        <source>The task completes by Callback: its decision comes from the service&apos;s TaskCompleted event, not from re-evaluating the response, so it is not simulated as a gate. Use Send or restgate-cli run without --poll.</source>
        <translation>La tâche se termine par Callback : sa décision vient de l’événement TaskCompleted du service, pas d’une réévaluation de la réponse, elle n’est donc pas simulée comme une porte. Utilisez Envoyer ou restgate-cli run sans --poll.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="226"/>
        <source>Stopped before this evaluation finished.</source>
        <translation>Arrêtée avant la fin de cette évaluation.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="230"/>
        <source>Stopped after %1 and %2 evaluation(s).</source>
        <translation>Arrêtée après %1 et %2 évaluation(s).</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="246"/>
        <source>Evaluating: %1 evaluation(s) in %2.</source>
        <translation>Évaluation en cours : %1 évaluation(s) en %2.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="259"/>
        <source>NOT STARTED</source>
        <translation>NON DÉMARRÉE</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="262"/>
        <source>RUNNING</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="265"/>
        <source>SUCCEEDED</source>
        <translation>RÉUSSIE</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="268"/>
        <source>TIMED OUT</source>
        <translation>DÉLAI DÉPASSÉ</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="271"/>
        <source>CANCELLED</source>
        <translation>ANNULÉE</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="325"/>
        <source>Succeeded at evaluation %1 (+%2): with no minimum success duration, the first evaluation that passes ends the gate.</source>
        <translation>Réussie à l’évaluation %1 (+%2) : sans durée minimale de réussite, la première évaluation qui réussit termine la porte.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="332"/>
        <source>Succeeded at evaluation %1 (+%2): every evaluation passed for %3 (evaluations %4–%1), at least the minimum success duration of %5.</source>
        <translation>Réussie à l’évaluation %1 (+%2) : chaque évaluation a réussi pendant %3 (évaluations %4–%1), au moins la durée minimale de réussite de %5.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="347"/>
        <source>Stopped after %1 evaluations: Azure Pipelines evaluates a check at most %1 times.</source>
        <translation>Arrêtée après %1 évaluations : Azure Pipelines évalue une vérification au plus %1 fois.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="369"/>
        <source>The gate timed out while this evaluation was running.</source>
        <translation>La porte a expiré pendant cette évaluation.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="381"/>
        <source>Timed out after %1 (%2 evaluation(s), %3 passed):</source>
        <translation>Délai dépassé après %1 (%2 évaluation(s), %3 réussie(s)) :</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="386"/>
        <source>no evaluation passed.</source>
        <translation>aucune évaluation n’a réussi.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="387"/>
        <source>the task did not pass steadily for %1 before the timeout.</source>
        <translation>la tâche n’a pas réussi de façon stable pendant %1 avant le délai d’expiration.</translation>
    </message>
    <message>
        <location filename="../src/core/run/gatesimulator.cpp" line="392"/>
        <source>Last failure: %1</source>
        <translation>Dernier échec : %1</translation>
    </message>
</context>
<context>
    <name>RestGate::HeaderParser</name>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="20"/>
        <source>Comments are accepted by Azure DevOps but are not strict JSON.</source>
        <translation>Azure DevOps accepte les commentaires, mais ce n’est pas du JSON strict.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="23"/>
        <source>A trailing comma before } is accepted by Azure DevOps but is not strict JSON.</source>
        <translation>Azure DevOps accepte une virgule finale avant }, mais ce n’est pas du JSON strict.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="26"/>
        <source>Single quotes are accepted by Azure DevOps but are not strict JSON.</source>
        <translation>Azure DevOps accepte les apostrophes, mais ce n’est pas du JSON strict.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="29"/>
        <source>A %1 is accepted by Azure DevOps but is not strict JSON.</source>
        <translation>Azure DevOps accepte ceci, mais ce n’est pas du JSON strict : %1.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="120"/>
        <source>Header &apos;%1&apos; must be text, not an object.</source>
        <translation>L’en-tête &apos;%1&apos; doit être du texte, pas un objet.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="123"/>
        <source>Header &apos;%1&apos; must be text, not a list.</source>
        <translation>L’en-tête &apos;%1&apos; doit être du texte, pas une liste.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="131"/>
        <source>The value of &apos;%1&apos; is null, not text; it is sent as &apos;%2&apos;. Quote it to be sure.</source>
        <translation>La valeur de &apos;%1&apos; est null, pas du texte ; elle est envoyée comme &apos;%2&apos;. Mettez-la entre guillemets pour être sûr.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="135"/>
        <source>The value of &apos;%1&apos; is a JSON literal, not text; it is sent as &apos;%2&apos;. Quote it to be sure.</source>
        <translation>La valeur de &apos;%1&apos; est un littéral JSON, pas du texte ; elle est envoyée comme &apos;%2&apos;. Mettez-la entre guillemets pour être sûr.</translation>
    </message>
    <message>
        <location filename="../src/core/request/headerparser.cpp" line="145"/>
        <source>Header &apos;%1&apos; is set more than once; the last value is sent.</source>
        <translation>L’en-tête &apos;%1&apos; est défini plusieurs fois ; la dernière valeur est envoyée.</translation>
    </message>
</context>
<context>
    <name>RestGate::ImportPipelineDialog</name>
    <message numerus="yes">
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="18"/>
        <source>%1 holds %n InvokeRESTAPI step(s). Connections they name are added as placeholders whose URL you fill in.</source>
        <translation>
            <numerusform>%1 contient %n étape InvokeRESTAPI. Les connexions qu&apos;elle nomme sont ajoutées comme espaces réservés dont vous renseignez l&apos;URL.</numerusform>
            <numerusform>%1 contient %n étapes InvokeRESTAPI. Les connexions qu&apos;elles nomment sont ajoutées comme espaces réservés dont vous renseignez l&apos;URL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="24"/>
        <source>%1, line %2: %3 (%4)</source>
        <translation>%1, ligne %2 : %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="30"/>
        <source>Error: </source>
        <translation>Erreur : </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="30"/>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="40"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/importpipelinedialog.cpp" line="33"/>
        <source>Note: the connection “%1” is not in this design; it is added as a placeholder without a URL, which you fill in under Connections before sending.</source>
        <translation>Remarque : la connexion « %1 » ne figure pas dans cette conception ; elle est ajoutée comme espace réservé sans URL, à renseigner sous Connexions avant l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>RestGate::Json</name>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="28"/>
        <source>single-quoted string</source>
        <translation>chaîne entre apostrophes</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="30"/>
        <source>unquoted property name</source>
        <translation>nom de propriété sans guillemets</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="32"/>
        <source>// comment</source>
        <translation>commentaire //</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="34"/>
        <source>/* */ comment</source>
        <translation>commentaire /* */</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="36"/>
        <source>trailing comma</source>
        <translation>virgule finale</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="38"/>
        <source>empty array element (read as undefined)</source>
        <translation>élément de tableau vide (lu comme undefined)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="46"/>
        <source>number that is not valid JSON (like .5 or 5.)</source>
        <translation>nombre qui n’est pas du JSON valide (comme .5 ou 5.)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="48"/>
        <source>hexadecimal number</source>
        <translation>nombre hexadécimal</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="50"/>
        <source>number with a leading zero (read as octal)</source>
        <translation>nombre avec un zéro en tête (lu en octal)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="52"/>
        <source>unescaped control character in a string</source>
        <translation>caractère de contrôle non échappé dans une chaîne</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="56"/>
        <source>invalid UTF-8 (read as U+FFFD)</source>
        <translation>UTF-8 invalide (lu comme U+FFFD)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="58"/>
        <source>byte order mark</source>
        <translation>indicateur d’ordre des octets (BOM)</translation>
    </message>
    <message>
        <location filename="../src/core/json/jsondocument.cpp" line="60"/>
        <source>whitespace JSON does not allow</source>
        <translation>espace que JSON n’autorise pas</translation>
    </message>
</context>
<context>
    <name>RestGate::JsonTreeModel</name>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="237"/>
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="237"/>
        <source>[%1 items]</source>
        <translation>[%1 éléments]</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="240"/>
        <source>{1 property}</source>
        <translation>{1 propriété}</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="240"/>
        <source>{%1 properties}</source>
        <translation>{%1 propriétés}</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="271"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="273"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../src/app/result/jsontreemodel.cpp" line="275"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>RestGate::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="125"/>
        <source>Task parameters</source>
        <translation>Paramètres de la tâche</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="142"/>
        <location filename="../src/app/mainwindow.cpp" line="668"/>
        <source>Demo endpoint: stopped</source>
        <translation>Point de terminaison de démo : arrêté</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="180"/>
        <source>Open recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="181"/>
        <source>%1 no longer exists; it was removed from the list.</source>
        <translation>%1 n&apos;existe plus ; il a été retiré de la liste.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="188"/>
        <source>Switching version dropped: %1</source>
        <translation>Changement de version, valeurs abandonnées : %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="204"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="206"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="212"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="216"/>
        <source>Open design</source>
        <translation>Ouvrir une conception</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="217"/>
        <source>RestGate designs (*.restgate.yml);;YAML files (*.yml *.yaml);;All files (*)</source>
        <translation>Conceptions RestGate (*.restgate.yml);;Fichiers YAML (*.yml *.yaml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="222"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="229"/>
        <source>Open &amp;failure examples</source>
        <translation>Ouvrir les exemples d&apos;é&amp;checs</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="233"/>
        <source>&amp;Import pipeline…</source>
        <translation>&amp;Importer un pipeline…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="235"/>
        <location filename="../src/app/mainwindow.cpp" line="695"/>
        <location filename="../src/app/mainwindow.cpp" line="701"/>
        <location filename="../src/app/mainwindow.cpp" line="714"/>
        <source>Import pipeline</source>
        <translation>Importer un pipeline</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="236"/>
        <source>Azure Pipelines YAML (*.yml *.yaml);;Markdown (*.md);;All files (*)</source>
        <translation>YAML Azure Pipelines (*.yml *.yaml);;Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="241"/>
        <source>Import from c&amp;url…</source>
        <translation>Importer depuis c&amp;url…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="244"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="246"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="248"/>
        <source>Re&amp;vert to saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="250"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="253"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="254"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="257"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="267"/>
        <source>&amp;Add task</source>
        <translation>Ajouter une &amp;tâche</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="270"/>
        <source>De&amp;lete task</source>
        <translation>Su&amp;pprimer la tâche</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="272"/>
        <source>Copy task as pipeline &amp;step</source>
        <translation>Copier la tâche comme &amp;étape de pipeline</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="273"/>
        <source>Copy task as &amp;job (pool: server)</source>
        <translation>Copier la tâche comme &amp;job (pool: server)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="274"/>
        <source>Copy task as &amp;curl</source>
        <translation>Copier la tâche comme &amp;commande curl</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="276"/>
        <source>Co&amp;nnections…</source>
        <translation>Co&amp;nnexions…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="277"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="282"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="292"/>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="293"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="296"/>
        <source>Dry-run the selected task (Ctrl+Enter)</source>
        <translation>Exécuter à blanc la tâche sélectionnée (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="298"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="306"/>
        <source>Simulate &amp;gate…</source>
        <translation>Simuler une &amp;porte…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="308"/>
        <source>Re-evaluate the selected task as a release gate or check would, with a live plot</source>
        <translation>Réévaluer la tâche sélectionnée comme le ferait une porte de mise en production ou une vérification, avec un graphique en direct</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="310"/>
        <source>Treat any 2xx as success (dry-run option; Azure DevOps requires 200)</source>
        <translation>Considérer tout code 2xx comme une réussite (option d&apos;exécution à blanc ; Azure DevOps exige 200)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="314"/>
        <location filename="../src/app/mainwindow.cpp" line="678"/>
        <source>Start &amp;demo endpoint</source>
        <translation>Démarrer le point de terminaison de &amp;démo</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="325"/>
        <source>Call&amp;back settings…</source>
        <translation>Paramètres du call&amp;back…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="327"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="331"/>
        <source>InvokeRESTAPI@&amp;1 task reference</source>
        <translation>Référence de la tâche InvokeRESTAPI@&amp;1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="333"/>
        <source>InvokeRESTAPI@&amp;0 task reference</source>
        <translation>Référence de la tâche InvokeRESTAPI@&amp;0</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="335"/>
        <source>&amp;Expressions (success criteria)</source>
        <translation>&amp;Expressions (critères de réussite)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="337"/>
        <source>&amp;Server jobs (pool: server)</source>
        <translation>&amp;Travaux de serveur (pool: server)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="340"/>
        <source>&amp;About RestGate</source>
        <translation>À &amp;propos de RestGate</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="341"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="343"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="350"/>
        <source>&amp;Variable set: </source>
        <translation>Jeu de &amp;variables : </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="352"/>
        <source>Variable set for dry runs</source>
        <translation>Jeu de variables des exécutions à blanc</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="361"/>
        <source>Pipeline YAML</source>
        <translation>YAML du pipeline</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="368"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="382"/>
        <source>Edit variables</source>
        <translation>Modifier les variables</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="528"/>
        <source>Import from curl</source>
        <translation>Importer depuis curl</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="531"/>
        <source>Imported the curl command as a task.</source>
        <translation>La commande curl a été importée comme tâche.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="538"/>
        <source>The curl command&apos;s password is stored in the keychain.</source>
        <translation>Le mot de passe de la commande curl est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="539"/>
        <source>The password could not be stored (%1); enter it in Manage connections or set RESTGATE_SECRET_… for the run.</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré (%1) ; saisissez-le dans Gérer les connexions ou définissez RESTGATE_SECRET_… pour l&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="547"/>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="588"/>
        <source>Cannot open design</source>
        <translation>Impossible d&apos;ouvrir la conception</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="589"/>
        <source>%1 could not be opened:

%2

The file was left unchanged.</source>
        <translation>%1 n&apos;a pas pu être ouvert :

%2

Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="606"/>
        <location filename="../src/app/mainwindow.cpp" line="620"/>
        <source>Sample design</source>
        <translation>Conception d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="611"/>
        <source>Failure examples</source>
        <translation>Exemples d&apos;échecs</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="621"/>
        <source>The bundled sample could not be read: %1</source>
        <translation>L&apos;exemple fourni n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="640"/>
        <location filename="../src/app/mainwindow.cpp" line="1391"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="642"/>
        <source>New design: choose or add a service connection, then Send (Ctrl+Enter).</source>
        <translation>Nouvelle conception : choisissez ou ajoutez une connexion de service, puis Envoyer (Ctrl+Entrée).</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="651"/>
        <source>Demo endpoint: could not start (%1)</source>
        <translation>Point de terminaison de démo : démarrage impossible (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="656"/>
        <source>Demo endpoint: %1</source>
        <translation>Point de terminaison de démo : %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="696"/>
        <source>%1 could not be read:

%2

Nothing was imported.</source>
        <translation>%1 n&apos;a pas pu être lu :

%2

Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="702"/>
        <source>%1 holds no InvokeRESTAPI step.</source>
        <translation>%1 ne contient aucune étape InvokeRESTAPI.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="716"/>
        <source>Imported %n task(s)</source>
        <translation>
            <numerusform>%n tâche importée</numerusform>
            <numerusform>%n tâches importées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="719"/>
        <source>; fill in the URL of: %1</source>
        <translation> ; renseignez l&apos;URL de : %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="734"/>
        <source>Copied the task as YAML.</source>
        <translation>Tâche copiée en YAML.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="736"/>
        <source>Copied, but Azure DevOps would reject it: %1</source>
        <translation>Copiée, mais Azure DevOps la refuserait : %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="754"/>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="760"/>
        <source>Copied the task as a curl command.</source>
        <translation>Tâche copiée comme commande curl.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="761"/>
        <source>Copied the task as a curl command; it reads %1.</source>
        <translation>Tâche copiée comme commande curl ; elle lit %1.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="804"/>
        <source>Edit task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="119"/>
        <source>Autosave failed: %1</source>
        <translation>L&apos;enregistrement automatique a échoué : %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="225"/>
        <source>Open sa&amp;mple design</source>
        <translation>Ouvrir la conception d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="269"/>
        <source>Du&amp;plicate task</source>
        <translation>D&amp;upliquer la tâche</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="885"/>
        <source>Recovered design</source>
        <translation>Conception récupérée</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="888"/>
        <source>Restored the design autosaved at %1. Save it to keep it.</source>
        <translation>La conception enregistrée automatiquement le %1 a été restaurée. Enregistrez-la pour la garder.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="900"/>
        <source>Restore unsaved design?</source>
        <translation>Restaurer la conception non enregistrée ?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="901"/>
        <source>RestGate did not close normally. A design with unsaved changes was autosaved at %1:

%2

Restore it?</source>
        <translation>RestGate ne s&apos;est pas fermé normalement. Une conception avec des modifications non enregistrées a été enregistrée automatiquement le %1 :

%2

La restaurer ?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="904"/>
        <source>(never saved)</source>
        <translation>(jamais enregistrée)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="906"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="907"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="908"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="922"/>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="930"/>
        <source>Duplicate task</source>
        <translation>Dupliquer la tâche</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="939"/>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="940"/>
        <source>Task deleted; Undo (Ctrl+Z) brings it back.</source>
        <translation>Tâche supprimée ; Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="952"/>
        <source>Move task</source>
        <translation>Déplacer la tâche</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="965"/>
        <source>Rename task</source>
        <translation>Renommer la tâche</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="973"/>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="974"/>
        <source>Discard all unsaved changes and reload %1?</source>
        <translation>Abandonner toutes les modifications non enregistrées et recharger %1 ?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1186"/>
        <source>Edit connections</source>
        <translation>Modifier les connexions</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1210"/>
        <source>#%1 %2 %3 → %4  %5</source>
        <translation>#%1 %2 %3 → %4  %5</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1217"/>
        <source>  log: %1</source>
        <translation>  journal : %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1112"/>
        <source>The local plan listener cannot start: %1</source>
        <translation>L&apos;écouteur local du plan ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1225"/>
        <source>Callback timeline</source>
        <translation>Chronologie du callback</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1320"/>
        <source>%1 in %2 ms</source>
        <translation>%1 en %2 ms</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1346"/>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1347"/>
        <source>%1 was changed on disk after you opened it, by another program or another RestGate window.

Overwrite those changes with yours, reload the file (your unsaved changes are lost), or cancel and keep both as they are?</source>
        <translation>%1 a été modifié sur le disque après son ouverture, par un autre programme ou une autre fenêtre RestGate.

Écraser ces modifications par les vôtres, recharger le fichier (vos modifications non enregistrées sont perdues) ou annuler et tout laisser en l&apos;état ?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1352"/>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1353"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1366"/>
        <source>Save failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1367"/>
        <source>%1

The file was left as it was; your changes are still open.</source>
        <translation>%1

Le fichier est resté tel quel ; vos modifications sont toujours ouvertes.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1372"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1378"/>
        <source>Save design</source>
        <translation>Enregistrer la conception</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1381"/>
        <source>RestGate designs (*.restgate.yml)</source>
        <translation>Conceptions RestGate (*.restgate.yml)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1411"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1411"/>
        <source>The design has unsaved changes. Save them?</source>
        <translation>La conception contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1440"/>
        <source>About RestGate</source>
        <translation>À propos de RestGate</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1441"/>
        <source>&lt;h3&gt;RestGate %1&lt;/h3&gt;&lt;p&gt;Designer and dry-run tester for the Azure Pipelines Invoke REST API task (InvokeRESTAPI@1 and @0).&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence. Built with Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause) and yaml-cpp (MIT).&lt;/p&gt;&lt;p&gt;Task documentation: &lt;a href=&quot;https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v1&quot;&gt;InvokeRESTAPI@1&lt;/a&gt;, &lt;a href=&quot;https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v0&quot;&gt;InvokeRESTAPI@0&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RestGate %1&lt;/h3&gt;&lt;p&gt;Concepteur et testeur à blanc pour la tâche Azure Pipelines Appeler l&apos;API REST (InvokeRESTAPI@1 et @0).&lt;/p&gt;&lt;p&gt;Distribué sous licence MIT. Construit avec Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause) et yaml-cpp (MIT).&lt;/p&gt;&lt;p&gt;Documentation de la tâche : &lt;a href=&quot;https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v1&quot;&gt;InvokeRESTAPI@1&lt;/a&gt;, &lt;a href=&quot;https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/invoke-rest-api-v0&quot;&gt;InvokeRESTAPI@0&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="1303"/>
        <source>This verdict was judged with an earlier success criteria or status rule and cannot be judged again without a response: send the task again.</source>
        <translation>Ce verdict a été rendu avec des critères de réussite ou une règle de statut antérieurs et ne peut pas être réévalué sans réponse : renvoyez la tâche.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="300"/>
        <source>Run &amp;all tasks</source>
        <translation>Exécuter &amp;toutes les tâches</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="305"/>
        <source>Dry-run every enabled task in order, one after another (Ctrl+Shift+Enter)</source>
        <translation>Exécuter à blanc chaque tâche activée, dans l&apos;ordre, l&apos;une après l&apos;autre (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="563"/>
        <source>Run ▸ Run all tasks (Ctrl+Shift+Enter) sends every task in order.</source>
        <translation>Exécution ▸ Exécuter toutes les tâches (Ctrl+Maj+Entrée) envoie chaque tâche dans l&apos;ordre.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="410"/>
        <source>Every task&apos;s verdict in the last Run all</source>
        <translation>Le verdict de chaque tâche lors du dernier Tout exécuter</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="411"/>
        <source>Select a task to show its result</source>
        <translation>Sélectionnez une tâche pour afficher son résultat</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="419"/>
        <source>Run all</source>
        <translation>Tout exécuter</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="431"/>
        <source>Run all: %1</source>
        <translation>Tout exécuter : %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="454"/>
        <source>deleted before its turn</source>
        <translation>supprimée avant son tour</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="502"/>
        <source>The run history could not be saved in %1.</source>
        <translation>L&apos;historique des exécutions n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="677"/>
        <source>Stop &amp;demo endpoint (%1)</source>
        <translation>Arrêter le point de terminaison de &amp;démo (%1)</translation>
    </message>
</context>
<context>
    <name>RestGate::NetworkSettings</name>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="169"/>
        <source>&apos;%1&apos; is not a proxy URL (expected e.g. http://proxy.example:3128 or socks5h://127.0.0.1:1080).</source>
        <translation>« %1 » n’est pas une URL de proxy (attendu p. ex. http://proxy.example:3128 ou socks5h://127.0.0.1:1080).</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="185"/>
        <source>The proxy scheme &apos;%1://&apos; is not supported: use http://, socks5:// or socks5h://.</source>
        <translation>Le schéma de proxy « %1:// » n’est pas pris en charge : utilisez http://, socks5:// ou socks5h://.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="250"/>
        <source>%1 (from %2)</source>
        <translation>%1 (défini par %2)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="347"/>
        <source>The CA directory &apos;%1&apos; does not exist.</source>
        <translation>Le répertoire d’AC « %1 » n’existe pas.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="348"/>
        <source>The CA file &apos;%1&apos; does not exist or is not a file.</source>
        <translation>Le fichier d’AC « %1 » n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="370"/>
        <source>The CA file &apos;%1&apos; holds no PEM or DER certificate.</source>
        <translation>Le fichier d’AC « %1 » ne contient aucun certificat PEM ou DER.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="413"/>
        <source>The client certificate &apos;%1&apos; cannot be read: %2.</source>
        <translation>Le certificat client « %1 » ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="424"/>
        <source>The PKCS#12 file &apos;%1&apos; cannot be opened: the password is wrong or missing, or it is not a PKCS#12 file.</source>
        <translation>Le fichier PKCS#12 « %1 » ne peut pas être ouvert : le mot de passe est faux ou manquant, ou ce n’est pas un fichier PKCS#12.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="433"/>
        <source>The client certificate &apos;%1&apos; holds no PEM certificate.</source>
        <translation>Le certificat client « %1 » ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="442"/>
        <source>The key &apos;%1&apos; cannot be read: %2.</source>
        <translation>La clé « %1 » ne peut pas être lue : %2.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="449"/>
        <source>The private key in &apos;%1&apos; is encrypted and the password is wrong or missing.</source>
        <translation>La clé privée de « %1 » est chiffrée et le mot de passe est faux ou manquant.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="452"/>
        <source>No private key found in &apos;%1&apos;: give the key file too (--key).</source>
        <translation>Aucune clé privée trouvée dans « %1 » : indiquez aussi le fichier de clé (--key).</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="516"/>
        <source>This build has no TLS support.</source>
        <translation>Cette version n’a pas de prise en charge de TLS.</translation>
    </message>
</context>
<context>
    <name>RestGate::PipelineImport</name>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="621"/>
        <source>&apos;inputs&apos; is not a mapping; no input is imported.</source>
        <translation>&apos;inputs&apos; n’est pas un mappage ; aucune entrée n’est importée.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="632"/>
        <source>Input &apos;%1&apos; is not text (a conditional or a nested mapping); it is not imported.</source>
        <translation>L’entrée &apos;%1&apos; n’est pas du texte (une condition ou un mappage imbriqué) ; elle n’est pas importée.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="644"/>
        <source>&apos;%1&apos; is not an input of %2; Azure DevOps rejects unknown inputs.</source>
        <translation>&apos;%1&apos; n’est pas une entrée de %2 ; Azure DevOps rejette les entrées inconnues.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="652"/>
        <source>Input &apos;%1&apos; is set twice, as &apos;%2&apos; and as &apos;%3&apos;; the last one is used.</source>
        <translation>L’entrée &apos;%1&apos; est définie deux fois, comme &apos;%2&apos; et comme &apos;%3&apos; ; la dernière est utilisée.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="700"/>
        <source>%1 runs only in an agentless job, but %2 runs on an agent; Azure DevOps rejects the pipeline. Put the step in a job with &apos;pool: server&apos;.</source>
        <translation>%1 ne s’exécute que dans un job sans agent, mais %2 s’exécute sur un agent ; Azure DevOps rejette le pipeline. Placez l’étape dans un job avec &apos;pool: server&apos;.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="706"/>
        <source>the pipeline&apos;s implicit job</source>
        <translation>le job implicite du pipeline</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="713"/>
        <source>The job&apos;s pool is a template expression; it must resolve to &apos;server&apos; for %1 to run.</source>
        <translation>Le pool du job est une expression de modèle ; il doit se résoudre en &apos;server&apos; pour que %1 s’exécute.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="729"/>
        <source>successCriteria is ignored with waitForCompletion: true (Callback): the service&apos;s TaskCompleted event decides the result.</source>
        <translation>successCriteria est ignoré avec waitForCompletion: true (Callback) : l’événement TaskCompleted du service décide du résultat.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="740"/>
        <source>A body on %1: the task hides the body for GET and HEAD, so Azure DevOps does not send it.</source>
        <translation>Un corps avec %1 : la tâche masque le corps pour GET et HEAD, Azure DevOps ne l’envoie donc pas.</translation>
    </message>
    <message>
        <location filename="../src/core/pipeline/pipelineimport.cpp" line="756"/>
        <source>The service connection is chosen by &apos;%1&apos;. RestGate does not evaluate it: the dry run uses a connection with exactly this name (created as a placeholder).</source>
        <translation>La connexion de service est choisie par &apos;%1&apos;. RestGate ne l’évalue pas : l’essai utilise une connexion portant exactement ce nom (créée comme espace réservé).</translation>
    </message>
</context>
<context>
    <name>RestGate::PlanListener</name>
    <message>
        <location filename="../src/callback/planlistener.cpp" line="331"/>
        <source>The public URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>L’URL publique « %1 » n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../src/callback/planlistener.cpp" line="338"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d’écouter sur %1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>RestGate::PreferencesDialog</name>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="25"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="28"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="29"/>
        <source>SOCKS5 (names resolved here)</source>
        <translation>SOCKS5 (noms résolus ici)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="30"/>
        <source>SOCKS5 (names resolved by the proxy)</source>
        <translation>SOCKS5 (noms résolus par le proxy)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="57"/>
        <source>Trusted CA certificates</source>
        <translation>Certificats CA de confiance</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="57"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="66"/>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="67"/>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="70"/>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="70"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Clés (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="133"/>
        <source>The CA file &apos;%1&apos; does not exist.</source>
        <translation>Le fichier CA « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="140"/>
        <source>The client certificate &apos;%1&apos; does not exist.</source>
        <translation>Le certificat client « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="142"/>
        <source>The client key &apos;%1&apos; does not exist.</source>
        <translation>La clé client « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="144"/>
        <source>A client key needs its certificate.</source>
        <translation>Une clé client a besoin de son certificat.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="148"/>
        <source>A manual proxy needs a host.</source>
        <translation>Un proxy manuel a besoin d&apos;un hôte.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="61"/>
        <source>Trusted CA certificates directory</source>
        <translation>Dossier des certificats CA de confiance</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/preferencesdialog.cpp" line="137"/>
        <source>The CA directory &apos;%1&apos; does not exist.</source>
        <translation>Le dossier CA « %1 » n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>RestGate::ProxyChoice</name>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="35"/>
        <source>the configured proxy</source>
        <translation>le proxy configuré</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="48"/>
        <source>SOCKS5 proxy %1</source>
        <translation>proxy SOCKS5 %1</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="49"/>
        <source>proxy %1</source>
        <translation>proxy %1</translation>
    </message>
</context>
<context>
    <name>RestGate::RecentFiles</name>
    <message>
        <location filename="../src/app/document/recentfiles.cpp" line="66"/>
        <source>No recent designs</source>
        <translation>Aucune conception récente</translation>
    </message>
    <message>
        <location filename="../src/app/document/recentfiles.cpp" line="68"/>
        <source>&amp;Clear recent designs</source>
        <translation>&amp;Effacer les conceptions récentes</translation>
    </message>
</context>
<context>
    <name>RestGate::RequestBuilder</name>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="119"/>
        <source>The connection URL ends with &apos;/&apos; and the URL suffix starts with &apos;/&apos;, so the request goes to &apos;%1&apos;. Azure DevOps joins them without removing either slash; remove one.</source>
        <translation>L’URL de la connexion se termine par &apos;/&apos; et le suffixe d’URL commence par &apos;/&apos; : la requête part donc vers &apos;%1&apos;. Azure DevOps les joint sans retirer l’une des barres obliques ; retirez-en une.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="131"/>
        <source>The URL suffix is appended to the connection URL as it is, giving &apos;%1&apos;. Did you mean to start the suffix with &apos;/&apos;?</source>
        <translation>Le suffixe d’URL est ajouté tel quel à l’URL de la connexion, ce qui donne &apos;%1&apos;. Vouliez-vous commencer le suffixe par &apos;/&apos; ?</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="163"/>
        <source>The secret variable &apos;%1&apos; has no value: $(%1) is sent as an empty string. Type its value under Variables or set %2.</source>
        <translation>La variable secrète &apos;%1&apos; n’a pas de valeur : $(%1) est envoyé comme une chaîne vide. Saisissez sa valeur sous Variables ou définissez %2.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="184"/>
        <source>Service connection &apos;%1&apos; is not defined in this design. Add it under Connections.</source>
        <translation>La connexion de service &apos;%1&apos; n’est pas définie dans cette conception. Ajoutez-la sous Connexions.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="245"/>
        <source>Connection &apos;%1&apos; is a %2 connection, but the task&apos;s connection type expects another kind.</source>
        <translation>La connexion &apos;%1&apos; est une connexion %2, mais le type de connexion de la tâche en attend une autre sorte.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="285"/>
        <source>The request URL &apos;%1&apos; is not a valid URL%2.</source>
        <translation>L’URL de la requête &apos;%1&apos; n’est pas une URL valide%2.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="291"/>
        <source>The request URL &apos;%1&apos; is not http or https.</source>
        <translation>L’URL de la requête &apos;%1&apos; n’est ni http ni https.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="302"/>
        <source>Headers are not valid JSON: %1</source>
        <translation>Les en-têtes ne sont pas du JSON valide : %1</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="317"/>
        <source>After variables are expanded, the headers are no longer valid JSON (a value probably contains a quote or a backslash): %1</source>
        <translation>Une fois les variables remplacées, les en-têtes ne sont plus du JSON valide (une valeur contient sans doute un guillemet ou une barre oblique inverse) : %1</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="372"/>
        <source>Connection &apos;%1&apos; has no access token. Set %2 to a token for the Resource Manager endpoint (e.g. from &apos;az account get-access-token&apos;).</source>
        <translation>La connexion &apos;%1&apos; n’a pas de jeton d’accès. Définissez %2 avec un jeton pour le point de terminaison Resource Manager (par exemple issu de &apos;az account get-access-token&apos;).</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="388"/>
        <source>Connection &apos;%1&apos; has no personal access token. Set %2.</source>
        <translation>La connexion &apos;%1&apos; n’a pas de jeton d’accès personnel. Définissez %2.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="400"/>
        <source>The headers set Authorization and so does the connection. Azure DevOps does not document which one wins; the dry run sends the one from the headers.</source>
        <translation>Les en-têtes définissent Authorization, et la connexion aussi. Azure DevOps ne documente pas lequel l’emporte ; l’essai envoie celui des en-têtes.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="440"/>
        <source>Header &apos;%1&apos; has a line break (CR or LF) or a NUL character in its name, after variables are expanded. Azure DevOps&apos; HttpClient refuses such a header, and sending it would inject headers or a second request; nothing is sent.</source>
        <translation>Une fois les variables remplacées, le nom de l’en-tête &apos;%1&apos; contient un saut de ligne (CR ou LF) ou un caractère NUL. Le HttpClient d’Azure DevOps refuse un tel en-tête, et l’envoyer injecterait des en-têtes ou une seconde requête ; rien n’est envoyé.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="447"/>
        <source>Header &apos;%1&apos; has a line break (CR or LF) or a NUL character in its value, after variables are expanded. Azure DevOps&apos; HttpClient refuses such a header, and sending it would inject headers or a second request; nothing is sent.</source>
        <translation>Une fois les variables remplacées, la valeur de l’en-tête &apos;%1&apos; contient un saut de ligne (CR ou LF) ou un caractère NUL. Le HttpClient d’Azure DevOps refuse un tel en-tête, et l’envoyer injecterait des en-têtes ou une seconde requête ; rien n’est envoyé.</translation>
    </message>
    <message>
        <location filename="../src/core/request/requestbuilder.cpp" line="460"/>
        <source>No variable defines $(%1); it is sent as the literal text &apos;$(%1)&apos;, as Azure DevOps does.</source>
        <translation>Aucune variable ne définit $(%1) ; il est envoyé comme texte littéral &apos;$(%1)&apos;, comme le fait Azure DevOps.</translation>
    </message>
</context>
<context>
    <name>RestGate::ResultPanel</name>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="139"/>
        <source>(binary data, %1 bytes; first %2 in hex)
</source>
        <translation>(données binaires, %1 octets ; les %2 premiers en hexadécimal)
</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="211"/>
        <source>

… %1 more bytes not shown.</source>
        <translation>

… %1 octets supplémentaires non affichés.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="215"/>
        <source>

(The dry run stopped reading here: the response exceeded its byte cap.)</source>
        <translation>

(L&apos;exécution à blanc a arrêté la lecture ici : la réponse a dépassé sa limite d&apos;octets.)</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="232"/>
        <source>

… The Pretty view stops after %1 characters; the Tree holds the whole body.</source>
        <translation>

… La vue Mise en forme s&apos;arrête après %1 caractères ; l&apos;Arborescence contient tout le corps.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="240"/>
        <source>Highlighting is off for bodies this large, to keep the window quick.</source>
        <translation>La coloration est désactivée pour des corps aussi volumineux, afin que la fenêtre reste réactive.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="247"/>
        <source>Lines longer than %1 characters are broken for display; the Tree shows values whole.</source>
        <translation>Les lignes de plus de %1 caractères sont coupées à l&apos;affichage ; l&apos;Arborescence montre les valeurs entières.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="254"/>
        <source>The body is not JSON (%1), so there is no tree.</source>
        <translation>Le corps n&apos;est pas du JSON (%1), il n&apos;y a donc pas d&apos;arborescence.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="335"/>
        <source>Use in success criteria</source>
        <translation>Utiliser dans les critères de réussite</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="469"/>
        <source>Not run yet — press Send (Ctrl+Enter).</source>
        <translation>Pas encore exécutée — appuyez sur Envoyer (Ctrl+Entrée).</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="498"/>
        <source>Waiting for the service&apos;s TaskCompleted…</source>
        <translation>En attente du TaskCompleted du service…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="503"/>
        <source>The service accepted the call. Listening at %1 for its events (Esc cancels).
</source>
        <translation>Le service a accepté l&apos;appel. Écoute de ses événements sur %1 (Échap annule).
</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="520"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="539"/>
        <source>%1 · %2 s · %3 received</source>
        <translation>%1 · %2 s · %3 reçus</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="566"/>
        <source>%1 — TLS CERTIFICATE NOT CHECKED (insecure)</source>
        <translation>%1 — CERTIFICAT TLS NON VÉRIFIÉ (non sécurisé)</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="579"/>
        <source>No success criteria: the response body does not affect the verdict.</source>
        <translation>Aucun critère de réussite : le corps de la réponse n&apos;influence pas le verdict.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="585"/>
        <source>&lt;b&gt;Evaluated:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;&lt;b&gt;Value:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Évalué :&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;&lt;b&gt;Valeur :&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="630"/>
        <source>%1 %2 · headers %3 ms · total %4 ms · %5</source>
        <translation>%1 %2 · en-têtes %3 ms · total %4 ms · %5</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="637"/>
        <source>No response · %1 ms</source>
        <translation>Aucune réponse · %1 ms</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="671"/>
        <source>Protocol: %1
Cipher: %2
Server certificate: %3
Issued by: %4
Expires: %5
</source>
        <translation>Protocole : %1
Chiffrement : %2
Certificat du serveur : %3
Émis par : %4
Expire le : %5
</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="675"/>
        <source>
Errors:
%1</source>
        <translation>
Erreurs :
%1</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="701"/>
        <source>Preparing the views of a %1 body…</source>
        <translation>Préparation des vues d&apos;un corps de %1…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="812"/>
        <source>Re-judged against the last response without sending it again.</source>
        <translation>Réévalué sur la dernière réponse sans la renvoyer.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="655"/>
        <source>Redirects:</source>
        <translation>Redirections :</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="657"/>
        <source>↪ %1 %2: %3 %4</source>
        <translation>↪ %1 %2 : %3 %4</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="661"/>
        <source>(another origin: %1 not sent)</source>
        <translation>(autre origine : %1 non envoyé)</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="804"/>
        <source>INCOMPLETE EXPRESSION</source>
        <translation>EXPRESSION INCOMPLÈTE</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="808"/>
        <source>The success criteria does not parse yet (%1). Sent like this, the task would fail.</source>
        <translation>Les critères de réussite ne s&apos;analysent pas encore (%1). Envoyée ainsi, la tâche échouerait.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="352"/>
        <source>Filter keys and values</source>
        <translation>Filtrer les clés et les valeurs</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="353"/>
        <source>Filter the tree by key or value</source>
        <translation>Filtrer l&apos;arborescence par clé ou valeur</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="378"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="385"/>
        <source>&amp;Save body…</source>
        <translation>&amp;Enregistrer le corps…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="388"/>
        <source>Save the response body exactly as received</source>
        <translation>Enregistrer le corps de la réponse tel que reçu</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="389"/>
        <source>Save the response body to a file</source>
        <translation>Enregistrer le corps de la réponse dans un fichier</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="402"/>
        <source>Save body…</source>
        <translation>Enregistrer le corps…</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="408"/>
        <source>C&amp;lear history</source>
        <translation>Effacer l&apos;histori&amp;que</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="410"/>
        <source>Clear the run history of this task</source>
        <translation>Effacer l&apos;historique des exécutions de cette tâche</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="878"/>
        <source>The filter looked at the first %L1 values only; the body has more. Expand the tree to see the rest.</source>
        <translation>Le filtre n&apos;a examiné que les %L1 premières valeurs ; le corps en contient davantage. Développez l&apos;arborescence pour voir le reste.</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="883"/>
        <source>No key or value contains “%1”.</source>
        <translation>Aucune clé ni valeur ne contient « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="926"/>
        <location filename="../src/app/result/resultpanel.cpp" line="934"/>
        <source>Save response body</source>
        <translation>Enregistrer le corps de la réponse</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="934"/>
        <source>The body could not be saved: %1</source>
        <translation>Le corps n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../src/app/result/resultpanel.cpp" line="981"/>
        <source>This run is from an earlier session: only its time, request line, status, verdict and reasons were kept.</source>
        <translation>Cette exécution provient d&apos;une session antérieure : seuls son heure, sa ligne de requête, son statut, son verdict et ses raisons ont été conservés.</translation>
    </message>
</context>
<context>
    <name>RestGate::RunAllQueue</name>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="31"/>
        <source>disabled (enabled: false)</source>
        <translation>désactivée (enabled: false)</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="91"/>
        <source>not run: cancelled</source>
        <translation>non exécutée : annulée</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="150"/>
        <source>%1 passed, %2 not passed, %3 skipped</source>
        <translation>%1 réussies, %2 non réussies, %3 ignorées</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/result/runallqueue.cpp" line="152"/>
        <source> · %n to go</source>
        <translation>
            <numerusform> · encore %n</numerusform>
            <numerusform> · encore %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="186"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="188"/>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="192"/>
        <source>SKIPPED: %1</source>
        <translation>IGNORÉE : %1</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="200"/>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="202"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="231"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="233"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="235"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/app/result/runallqueue.cpp" line="237"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>RestGate::RunHistory</name>
    <message>
        <location filename="../src/app/result/runhistory.cpp" line="128"/>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../src/app/result/runhistory.cpp" line="134"/>
        <source>%1 · %2 · %3 · %4 ms</source>
        <translation>%1 · %2 · %3 · %4 ms</translation>
    </message>
    <message>
        <location filename="../src/app/result/runhistory.cpp" line="135"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/result/runhistory.cpp" line="132"/>
        <source>%1 (TLS certificate not checked)</source>
        <translation>%1 (certificat TLS non vérifié)</translation>
    </message>
</context>
<context>
    <name>RestGate::RunOnlySecretDialog</name>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="20"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="22"/>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="24"/>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="26"/>
        <source>secret variable</source>
        <translation>variable secrète</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="28"/>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="35"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="37"/>
        <source>&amp;Client secret:</source>
        <translation>Secret &amp;client :</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="39"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="41"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="43"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="56"/>
        <source>The OS keychain is not available, so the %1 of connection &apos;%2&apos; cannot be stored or read there.</source>
        <translation>Le trousseau du système n&apos;est pas disponible, le %1 de la connexion « %2 » ne peut donc pas y être enregistré ni lu.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="60"/>
        <source>The keychain said: %1</source>
        <translation>Le trousseau a répondu : %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="63"/>
        <source>RestGate never writes secrets to a file. Enter the %1 to keep it in memory for this run of RestGate only; it is forgotten when you quit.</source>
        <translation>RestGate n&apos;écrit jamais de secrets dans un fichier. Saisissez le %1 pour le garder en mémoire pendant cette session de RestGate uniquement ; il est oublié quand vous quittez.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="66"/>
        <source>RestGate never writes secrets to a file. Keep the secrets you entered in memory for this run of RestGate only? They are forgotten when you quit.</source>
        <translation>RestGate n&apos;écrit jamais de secrets dans un fichier. Garder les secrets saisis en mémoire pendant cette session de RestGate uniquement ? Ils sont oubliés quand vous quittez.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/runonlysecretdialog.cpp" line="72"/>
        <source>&amp;Keep for this run only</source>
        <translation>&amp;Garder pour cette session uniquement</translation>
    </message>
</context>
<context>
    <name>RestGate::SecretStore</name>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="53"/>
        <source>No Secret Service is available (is gnome-keyring or KWallet running?)</source>
        <translation>Aucun Secret Service n’est disponible (gnome-keyring ou KWallet est-il lancé ?)</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="55"/>
        <source>No Secret Service is available (is gnome-keyring or KWallet running?): %1</source>
        <translation>Aucun Secret Service n’est disponible (gnome-keyring ou KWallet est-il lancé ?) : %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="80"/>
        <source>The keychain refused access (it is locked, or its unlock prompt was dismissed): %1</source>
        <translation>Le trousseau a refusé l’accès (il est verrouillé, ou sa demande de déverrouillage a été fermée) : %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="98"/>
        <source>libsecret is not installed (Debian and Ubuntu: package libsecret-1-0), so the Secret Service cannot be reached</source>
        <translation>libsecret n’est pas installé (Debian et Ubuntu : paquet libsecret-1-0), le Secret Service est donc injoignable</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="104"/>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué : %1</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="133"/>
        <source>The keychain did not answer within %1 s (is it locked and waiting for an unlock prompt nobody can answer?).</source>
        <translation>Le trousseau n’a pas répondu en %1 s (est-il verrouillé, en attente d’une demande de déverrouillage à laquelle personne ne peut répondre ?).</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="147"/>
        <source>The keychain operation was cancelled.</source>
        <translation>L’opération sur le trousseau a été annulée.</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="305"/>
        <source>Cannot read the %1: the key is not valid.</source>
        <translation>Impossible de lire le %1 : la clé n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="319"/>
        <source>Cannot store the %1: the key is not valid.</source>
        <translation>Impossible d’enregistrer le %1 : la clé n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="333"/>
        <source>Cannot remove the %1: the key is not valid.</source>
        <translation>Impossible de supprimer le %1 : la clé n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="374"/>
        <source>Cannot move or remove keychain entries: &apos;%1&apos; is not a stable id.</source>
        <translation>Impossible de déplacer ou supprimer des entrées du trousseau : « %1 » n’est pas un identifiant stable.</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="409"/>
        <source>(%1 of the entries had already been removed.)</source>
        <translation>(%1 des entrées avaient déjà été supprimées.)</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="411"/>
        <source>(%1 of the entries had already been moved.)</source>
        <translation>(%1 des entrées avaient déjà été déplacées.)</translation>
    </message>
    <message>
        <location filename="../src/secrets/secretstore.cpp" line="412"/>
        <source>(%1 of the entries had already been copied.)</source>
        <translation>(%1 des entrées avaient déjà été copiées.)</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskConfig</name>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="155"/>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="165"/>
        <source>%1 is the expression &apos;%2&apos;; the dry run uses it as it expands.</source>
        <translation>%1 est l’expression &apos;%2&apos; ; l’essai l’utilise telle qu’elle se développe.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="173"/>
        <source>%1 &apos;%2&apos; is not one of %3.</source>
        <translation>%1 &apos;%2&apos; ne fait pas partie de %3.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="180"/>
        <source>%1 is %2 characters long; the task allows at most %3.</source>
        <translation>%1 fait %2 caractères ; la tâche en permet au plus %3.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="187"/>
        <source>Body is hidden for %1 requests in Azure DevOps (the task shows it only when method is not GET or HEAD), so it is not sent.</source>
        <translation>Le corps est masqué pour les requêtes %1 dans Azure DevOps (la tâche ne l’affiche que si la méthode n’est ni GET ni HEAD) ; il n’est donc pas envoyé.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="193"/>
        <source>Success criteria is ignored when the completion event is Callback: the service&apos;s TaskCompleted event decides the result.</source>
        <translation>Les critères de réussite sont ignorés quand l’événement de complétion est Callback : l’événement TaskCompleted du service décide du résultat.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="198"/>
        <source>%1 is set but not used with this connection type.</source>
        <translation>%1 est défini mais n’est pas utilisé avec ce type de connexion.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="207"/>
        <source>&apos;%1&apos; is not an input of %2; Azure DevOps rejects unknown inputs.</source>
        <translation>&apos;%1&apos; n’est pas une entrée de %2 ; Azure DevOps rejette les entrées inconnues.</translation>
    </message>
    <message>
        <location filename="../src/core/design/taskconfig.cpp" line="214"/>
        <source>Timeout must be zero (no limit) or a positive number of minutes.</source>
        <translation>Le délai d’expiration doit être zéro (sans limite) ou un nombre positif de minutes.</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskDefinition</name>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="36"/>
        <source>Completion Options</source>
        <translation>Options de complétion</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="37"/>
        <source>Generic endpoint</source>
        <translation>Point de terminaison générique</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="38"/>
        <source>Select a generic endpoint that should be used to pick the url and construct authorization header for the http request.</source>
        <translation>Sélectionnez un point de terminaison générique pour choisir l’URL et construire l’en-tête d’autorisation de la requête HTTP.</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="41"/>
        <source>Select the http method with which the API should be invoked with.</source>
        <translation>Sélectionnez la méthode HTTP avec laquelle l’API doit être appelée.</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="42"/>
        <source>Url suffix string</source>
        <translation>Chaîne de suffixe d’URL</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="43"/>
        <source>Given string append to the url. Example: If endpoint url is https:...TestProj/_apis/Release/releases and url suffix is /2/environments/1, endpoint url becomes https:.../TestProj/_apis/Release/releases/2/environments/1. If url suffix is ?definitionId=1&amp;releaseCount=1 then endpoint url becomes https//...TestProj/_apis/Release/releases?definitionId=1&amp;releaseCount=1.</source>
        <translation>La chaîne donnée est ajoutée à l’URL. Exemple : si l’URL du point de terminaison est https:...TestProj/_apis/Release/releases et si le suffixe d’URL est /2/environments/1, l’URL du point de terminaison devient https:.../TestProj/_apis/Release/releases/2/environments/1. Si le suffixe d’URL est ?definitionId=1&amp;releaseCount=1, l’URL du point de terminaison devient https//...TestProj/_apis/Release/releases?definitionId=1&amp;releaseCount=1.</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="49"/>
        <source>Complete based on</source>
        <translation>Terminer selon</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="50"/>
        <source>Default value &quot;ApiResponse&quot;. Available values :  &quot;ApiResponse&quot;, &quot;Callback&quot; call where the REST API calls back to update the timeline record.</source>
        <translation>La valeur par défaut est « ApiResponse ». Valeurs disponibles : « ApiResponse », « Callback » quand l’API REST effectue un rappel pour mettre à jour l’enregistrement de chronologie.</translation>
    </message>
    <message>
        <location filename="../src/app/design/azuretaskstrings.cpp" line="53"/>
        <source>Criteria which defines when to pass the task. No criteria means response content does not influence the result. Example:- For response {&quot;status&quot; : &quot;successful&quot;}, the expression can be eq(root[&apos;status&apos;], &apos;successful&apos;). [More Information](https://go.microsoft.com/fwlink/?linkid=842996)</source>
        <translation>Critères qui définissent la réussite de la tâche. L’absence de critères signifie que le contenu de la réponse n’influence pas le résultat. Exemple : pour une réponse {&quot;status&quot; : &quot;successful&quot;}, l’expression peut être eq(root[&apos;status&apos;], &apos;successful&apos;). [Plus d’informations](https://go.microsoft.com/fwlink/?linkid=842996)</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskEdits</name>
    <message>
        <location filename="../src/app/document/taskedits.cpp" line="47"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskForm</name>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="491"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="504"/>
        <location filename="../src/app/design/taskform.cpp" line="511"/>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/design/taskform.cpp" line="516"/>
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n en-tête</numerusform>
            <numerusform>%n en-têtes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="533"/>
        <source>Request URL: </source>
        <translation>URL de la requête : </translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="537"/>
        <source>(choose a service connection)</source>
        <translation>(choisissez une connexion de service)</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="547"/>
        <source>No variable defines this; it is sent as written.</source>
        <translation>Aucune variable ne définit ceci ; c&apos;est envoyé tel quel.</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="577"/>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="577"/>
        <source>Warning:</source>
        <translation>Avertissement :</translation>
    </message>
    <message>
        <location filename="../src/app/design/taskform.cpp" line="713"/>
        <location filename="../src/app/design/taskform.cpp" line="721"/>
        <source>Help for %1</source>
        <translation>Aide sur %1</translation>
    </message>
</context>
<context>
    <name>RestGate::TaskListPanel</name>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="34"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="34"/>
        <source>Add task (Ctrl+T)</source>
        <translation>Ajouter une tâche (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="35"/>
        <source>Dup</source>
        <translation>Dupl.</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="35"/>
        <source>Duplicate task</source>
        <translation>Dupliquer la tâche</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="36"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="36"/>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="37"/>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="37"/>
        <source>Move task up (Alt+Up)</source>
        <translation>Monter la tâche (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="38"/>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="38"/>
        <source>Move task down (Alt+Down)</source>
        <translation>Descendre la tâche (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="40"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="55"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="68"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="72"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="73"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="77"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="81"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="123"/>
        <source>Task %1 (restgate-cli --task %1)</source>
        <translation>Tâche %1 (restgate-cli --task %1)</translation>
    </message>
    <message>
        <location filename="../src/app/design/tasklistpanel.cpp" line="129"/>
        <source>Task %1, disabled (enabled: false)</source>
        <translation>Tâche %1, désactivée (enabled: false)</translation>
    </message>
</context>
<context>
    <name>RestGate::TlsRules</name>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="541"/>
        <source>the certificate of &apos;%1&apos; has expired (on %2)</source>
        <translation>le certificat de « %1 » a expiré (le %2)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="545"/>
        <source>the certificate of &apos;%1&apos; is not valid yet (from %2)</source>
        <translation>le certificat de « %1 » n’est pas encore valide (à partir du %2)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="550"/>
        <source>the certificate of &apos;%1&apos; is self-signed and not trusted</source>
        <translation>le certificat de « %1 » est auto-signé et n’est pas approuvé</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="554"/>
        <source>the chain of &apos;%1&apos; ends in a self-signed CA that is not trusted (give it with --cacert)</source>
        <translation>la chaîne de « %1 » se termine par une autorité auto-signée non approuvée (indiquez-la avec --cacert)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="563"/>
        <source>host name mismatch: the certificate of &apos;%1&apos; is for %2, not for this host</source>
        <translation>nom d’hôte différent : le certificat de « %1 » est pour %2, pas pour cet hôte</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="572"/>
        <source>the certificate of &apos;%1&apos; was issued by an unknown CA (&apos;%2&apos;); trust that CA with --cacert or the CA file in Preferences</source>
        <translation>le certificat de « %1 » a été émis par une autorité inconnue (« %2 ») ; approuvez-la avec --cacert ou le fichier d’autorités des Préférences</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="578"/>
        <source>the certificate of &apos;%1&apos; has been revoked</source>
        <translation>le certificat de « %1 » a été révoqué</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="583"/>
        <source>the certificate of &apos;%1&apos; is not trusted for this purpose</source>
        <translation>le certificat de « %1 » n’est pas approuvé pour cet usage</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="587"/>
        <source>the server sent no certificate</source>
        <translation>le serveur n’a envoyé aucun certificat</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="589"/>
        <source>the certificate of &apos;%1&apos; is not meant for a TLS server</source>
        <translation>le certificat de « %1 » n’est pas destiné à un serveur TLS</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="595"/>
        <source>the signature on the certificate of &apos;%1&apos; does not verify</source>
        <translation>la signature du certificat de « %1 » ne se vérifie pas</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="601"/>
        <source>%1 (certificate of &apos;%2&apos;)</source>
        <translation>%1 (certificat de « %2 »)</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="613"/>
        <source>INSECURE: the server&apos;s TLS certificate was NOT checked (--insecure / the Preferences setting). Azure DevOps checks it, so this verdict says nothing about the certificate.</source>
        <translation>NON SÉCURISÉ : le certificat TLS du serveur n’a PAS été vérifié (--insecure / le réglage des Préférences). Azure DevOps le vérifie : ce verdict ne dit donc rien du certificat.</translation>
    </message>
    <message>
        <location filename="../src/core/run/networksettings.cpp" line="625"/>
        <source>Checked, the certificate would have been refused: %1.</source>
        <translation>Vérifié, le certificat aurait été refusé : %1.</translation>
    </message>
</context>
<context>
    <name>RestGate::TraceModel</name>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="130"/>
        <location filename="../src/app/result/tracemodel.cpp" line="167"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="130"/>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="133"/>
        <source>✗ failed</source>
        <translation>✗ échec</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="135"/>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="147"/>
        <source>Reads %1 from the response</source>
        <translation>Lit %1 dans la réponse</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="169"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="187"/>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="189"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../src/app/result/tracemodel.cpp" line="191"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>RestGate::VariablesModel</name>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="270"/>
        <source>(no value this session)</source>
        <translation>(pas de valeur dans cette session)</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="291"/>
        <source>Set by the dry run as Azure Pipelines sets it; read-only.</source>
        <translation>Défini par l&apos;exécution à blanc comme Azure Pipelines le définit ; lecture seule.</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="293"/>
        <source>Secret: the value is kept in memory for this session only and never saved.</source>
        <translation>Secret : la valeur est gardée en mémoire pour cette session uniquement et jamais enregistrée.</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="362"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="364"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="366"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
</context>
<context>
    <name>RestGate::VariablesPanel</name>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="114"/>
        <source>Type a new secret value</source>
        <translation>Saisissez une nouvelle valeur secrète</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="115"/>
        <source>Type the secret value</source>
        <translation>Saisissez la valeur secrète</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="588"/>
        <source>Current variable set</source>
        <translation>Jeu de variables actuel</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="617"/>
        <source>There is no variable set named “%1”.</source>
        <translation>Il n&apos;existe aucun jeu de variables nommé « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="656"/>
        <location filename="../src/app/design/variablespanel.cpp" line="660"/>
        <source>New variable set</source>
        <translation>Nouveau jeu de variables</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="656"/>
        <source>Name of the set (e.g. dev, prod):</source>
        <translation>Nom du jeu (p. ex. dev, prod) :</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="669"/>
        <location filename="../src/app/design/variablespanel.cpp" line="672"/>
        <source>Rename variable set</source>
        <translation>Renommer le jeu de variables</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="669"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="679"/>
        <source>Delete variable set</source>
        <translation>Supprimer le jeu de variables</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="680"/>
        <source>Delete the variable set “%1” and its variables?</source>
        <translation>Supprimer le jeu de variables « %1 » et ses variables ?</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="701"/>
        <source>A variable set needs a name.</source>
        <translation>Un jeu de variables a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="703"/>
        <source>There already is a variable set named “%1”.</source>
        <translation>Il existe déjà un jeu de variables nommé « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="713"/>
        <source>(none: base variables only)</source>
        <translation>(aucun : variables de base uniquement)</translation>
    </message>
    <message>
        <location filename="../src/app/design/variablespanel.cpp" line="741"/>
        <source>&amp;Variables of set “%1” (they override the base ones):</source>
        <translation>&amp;Variables du jeu « %1 » (elles remplacent celles de base) :</translation>
    </message>
</context>
<context>
    <name>RestGate::YamlPane</name>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="139"/>
        <source>Select a task to see it as a pipeline step.</source>
        <translation>Sélectionnez une tâche pour la voir comme étape de pipeline.</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="142"/>
        <source>Selected task</source>
        <translation>Tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="143"/>
        <source>All tasks of the design</source>
        <translation>Toutes les tâches de la conception</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="153"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="154"/>
        <source>Job (pool: server)</source>
        <translation>Job (pool: server)</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="155"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="300"/>
        <source>Azure DevOps would refuse this YAML when the pipeline runs:</source>
        <translation>Azure DevOps refuserait ce YAML à l&apos;exécution du pipeline :</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="301"/>
        <source>The Azure Pipelines schema rejects this YAML:</source>
        <translation>Le schéma Azure Pipelines rejette ce YAML :</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="304"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="355"/>
        <location filename="../src/app/design/yamlpane.cpp" line="361"/>
        <source>Save pipeline YAML</source>
        <translation>Enregistrer le YAML du pipeline</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="356"/>
        <source>Pipeline YAML (*.yml *.yaml);;All files (*)</source>
        <translation>YAML de pipeline (*.yml *.yaml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="369"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/app/design/yamlpane.cpp" line="248"/>
        <source>The connection “%1” that a task names is not in this design; the pipeline needs a service connection of that name in the project.</source>
        <translation>La connexion « %1 » nommée par une tâche ne figure pas dans cette conception ; le pipeline a besoin d&apos;une connexion de service de ce nom dans le projet.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../ui/resultpanel.ui" line="9"/>
        <source>Dry-run result</source>
        <translation>Résultat de l&apos;exécution à blanc</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="14"/>
        <source>Not run yet — press Send (Ctrl+Enter).</source>
        <translation>Pas encore exécutée — appuyez sur Envoyer (Ctrl+Entrée).</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="17"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="25"/>
        <source>Reasons for the verdict</source>
        <translation>Raisons du verdict</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="31"/>
        <source>Re-judged verdict note</source>
        <translation>Remarque sur le verdict réévalué</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="39"/>
        <source>Response status</source>
        <translation>Statut de la réponse</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="47"/>
        <source>Request in progress</source>
        <translation>Requête en cours</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="55"/>
        <source>Response details</source>
        <translation>Détails de la réponse</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="57"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="62"/>
        <source>About the body view</source>
        <translation>À propos de la vue du corps</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="70"/>
        <source>Body views</source>
        <translation>Vues du corps</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="72"/>
        <source>Pretty</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="82"/>
        <source>Response body, pretty-printed</source>
        <translation>Corps de la réponse, mis en forme</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="88"/>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="98"/>
        <source>Response body as received</source>
        <translation>Corps de la réponse tel que reçu</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="104"/>
        <source>Tree</source>
        <translation>Arborescence</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="114"/>
        <source>Response body as a tree</source>
        <translation>Corps de la réponse en arborescence</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="127"/>
        <source>&amp;Use in success criteria</source>
        <translation>&amp;Utiliser dans les critères de réussite</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="128"/>
        <source>Put a criteria that holds for the selected value into the task (Ctrl+Shift+U)</source>
        <translation>Placer dans la tâche un critère vrai pour la valeur sélectionnée (Ctrl+Maj+U)</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="129"/>
        <source>Use the selected value in the success criteria</source>
        <translation>Utiliser la valeur sélectionnée dans les critères de réussite</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="141"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="146"/>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="149"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="150"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="156"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="162"/>
        <source>Request as sent</source>
        <translation>Requête telle qu&apos;envoyée</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="168"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="174"/>
        <source>Task log</source>
        <translation>Journal de la tâche</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="180"/>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="186"/>
        <source>Callback timeline</source>
        <translation>Chronologie du callback</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="192"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="199"/>
        <source>Success criteria and its value</source>
        <translation>Critères de réussite et leur valeur</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="205"/>
        <source>Select a value read from the response to show it in the Body tree</source>
        <translation>Sélectionnez une valeur lue dans la réponse pour l&apos;afficher dans l&apos;arborescence du corps</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="206"/>
        <source>Evaluation trace</source>
        <translation>Trace de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="213"/>
        <source>Notes on the evaluation</source>
        <translation>Remarques sur l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="219"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="225"/>
        <source>TLS connection details</source>
        <translation>Détails de la connexion TLS</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="231"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="235"/>
        <source>Select a run to show it again</source>
        <translation>Sélectionnez une exécution pour l&apos;afficher à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="236"/>
        <source>Run history of this task</source>
        <translation>Historique des exécutions de cette tâche</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="248"/>
        <source>Run &amp;again</source>
        <translation>Exécuter à &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../ui/resultpanel.ui" line="249"/>
        <source>Run the task again</source>
        <translation>Exécuter la tâche à nouveau</translation>
    </message>
</context>
<context>
    <name>RunOnlySecretDialog</name>
    <message>
        <location filename="../ui/runonlysecretdialog.ui" line="9"/>
        <source>No keychain available</source>
        <translation>Aucun trousseau disponible</translation>
    </message>
    <message>
        <location filename="../ui/runonlysecretdialog.ui" line="16"/>
        <source>Why the secret cannot be stored</source>
        <translation>Pourquoi le secret ne peut pas être enregistré</translation>
    </message>
    <message>
        <location filename="../ui/runonlysecretdialog.ui" line="23"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <location filename="../ui/runonlysecretdialog.ui" line="30"/>
        <source>Secret for this run only</source>
        <translation>Secret pour cette session uniquement</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <location filename="../src/cli/runreport.cpp" line="142"/>
        <source>(another origin: %1 not sent)</source>
        <translation>(autre origine : %1 non envoyé)</translation>
    </message>
    <message>
        <location filename="../src/cli/runreport.cpp" line="150"/>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../src/cli/runreport.cpp" line="163"/>
        <source>response body:</source>
        <translation>corps de la réponse :</translation>
    </message>
    <message>
        <location filename="../src/cli/runreport.cpp" line="171"/>
        <source>callback:</source>
        <translation>callback :</translation>
    </message>
    <message>
        <location filename="../src/cli/runreport.cpp" line="177"/>
        <source>criteria trace:</source>
        <translation>trace des critères :</translation>
    </message>
</context>
<context>
    <name>RunResult</name>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="33"/>
        <source>PASSED</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="35"/>
        <source>FAILED</source>
        <translation>ÉCHOUÉ</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="37"/>
        <source>TIMED OUT</source>
        <translation>DÉLAI DÉPASSÉ</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="39"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="41"/>
        <source>CANCELLED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="43"/>
        <source>NOT COMPLETED</source>
        <translation>NON TERMINÉ</translation>
    </message>
    <message>
        <location filename="../src/core/result/runresult.cpp" line="78"/>
        <source>Redirects are not followed (--no-redirects / Preferences): the dry run stopped at this %1 %2 to &apos;%3&apos;. Azure DevOps&apos; HttpClient would follow it.</source>
        <translation>Les redirections ne sont pas suivies (--no-redirects / Préférences) : l’essai s’est arrêté à cette redirection %1 %2 vers « %3 ». Le HttpClient d’Azure DevOps la suivrait.</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../ui/taskform.ui" line="9"/>
        <source>Task inputs</source>
        <translation>Entrées de la tâche</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="19"/>
        <source>Task &amp;version</source>
        <translation>&amp;Version de la tâche</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="28"/>
        <source>Task version</source>
        <translation>Version de la tâche</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="35"/>
        <source>&amp;Display name</source>
        <translation>&amp;Nom d&apos;affichage</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="44"/>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="53"/>
        <source>Display name findings</source>
        <translation>Constats sur le nom d&apos;affichage</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="63"/>
        <location filename="../ui/taskform.ui" line="88"/>
        <source>Connection type</source>
        <translation>Type de connexion</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="69"/>
        <location filename="../ui/taskform.ui" line="112"/>
        <location filename="../ui/taskform.ui" line="169"/>
        <location filename="../ui/taskform.ui" line="212"/>
        <location filename="../ui/taskform.ui" line="284"/>
        <location filename="../ui/taskform.ui" line="334"/>
        <location filename="../ui/taskform.ui" line="401"/>
        <location filename="../ui/taskform.ui" line="444"/>
        <source>ⓘ</source>
        <translation>ⓘ</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="72"/>
        <source>Help for Connection type</source>
        <translation>Aide sur Type de connexion</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="96"/>
        <source>Connection type findings</source>
        <translation>Constats sur le type de connexion</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="106"/>
        <source>Generic service connection</source>
        <translation>Connexion de service générique</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="115"/>
        <source>Help for Service connection</source>
        <translation>Aide sur Connexion de service</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="137"/>
        <source>Service connection</source>
        <translation>Connexion de service</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="142"/>
        <source>Manage…</source>
        <translation>Gérer…</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="143"/>
        <source>Manage service connections</source>
        <translation>Gérer les connexions de service</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="153"/>
        <source>Service connection findings</source>
        <translation>Constats sur la connexion de service</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="163"/>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="172"/>
        <source>Help for Method</source>
        <translation>Aide sur Méthode</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="188"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="196"/>
        <source>Method findings</source>
        <translation>Constats sur la méthode</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="206"/>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="215"/>
        <source>Help for Headers</source>
        <translation>Aide sur En-têtes</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="231"/>
        <source>Headers (JSON)</source>
        <translation>En-têtes (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="239"/>
        <source>Headers validation</source>
        <translation>Validation des en-têtes</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="252"/>
        <source>Headers length</source>
        <translation>Longueur des en-têtes</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="257"/>
        <source>Reset to task default</source>
        <translation>Rétablir la valeur par défaut de la tâche</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="258"/>
        <source>Reset headers to the task default</source>
        <translation>Rétablir les en-têtes par défaut de la tâche</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="268"/>
        <source>Headers findings</source>
        <translation>Constats sur les en-têtes</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="278"/>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="287"/>
        <source>Help for Body</source>
        <translation>Aide sur Corps</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="303"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="310"/>
        <source>Body length</source>
        <translation>Longueur du corps</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="318"/>
        <source>Body findings</source>
        <translation>Constats sur le corps</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="328"/>
        <source>&amp;URL suffix and parameters</source>
        <translation>Suffi&amp;xe et paramètres d&apos;URL</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="337"/>
        <source>Help for URL suffix and parameters</source>
        <translation>Aide sur Suffixe et paramètres d&apos;URL</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="353"/>
        <source>URL suffix and parameters</source>
        <translation>Suffixe et paramètres d&apos;URL</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="361"/>
        <source>Request URL</source>
        <translation>URL de la requête</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="369"/>
        <source>URL suffix findings</source>
        <translation>Constats sur le suffixe d&apos;URL</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="378"/>
        <location filename="../ui/taskform.ui" line="381"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="395"/>
        <source>Completion &amp;event</source>
        <translation>Événement de com&amp;plétion</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="404"/>
        <source>Help for Completion event</source>
        <translation>Aide sur Événement de complétion</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="420"/>
        <source>Completion event</source>
        <translation>Événement de complétion</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="428"/>
        <source>Completion event findings</source>
        <translation>Constats sur l&apos;événement de complétion</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="438"/>
        <source>&amp;Success criteria</source>
        <translation>Critères de &amp;réussite</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="447"/>
        <source>Help for Success criteria</source>
        <translation>Aide sur Critères de réussite</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="463"/>
        <source>Success criteria</source>
        <translation>Critères de réussite</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="464"/>
        <source>e.g. eq(root[&apos;status&apos;], &apos;successful&apos;)</source>
        <translation>p. ex. eq(root[&apos;status&apos;], &apos;successful&apos;)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="471"/>
        <source>Success criteria validation</source>
        <translation>Validation des critères de réussite</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="479"/>
        <source>Success criteria findings</source>
        <translation>Constats sur les critères de réussite</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="492"/>
        <location filename="../ui/taskform.ui" line="493"/>
        <source>Control options</source>
        <translation>Options de contrôle</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="497"/>
        <source>E&amp;nabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="499"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="504"/>
        <source>C&amp;ontinue on error</source>
        <translation>Continuer en cas d&apos;erre&amp;ur</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="505"/>
        <source>Continue on error</source>
        <translation>Continuer en cas d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="510"/>
        <source>&amp;Timeout (minutes)</source>
        <translation>Dé&amp;lai d&apos;expiration (minutes)</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="519"/>
        <source>Timeout in minutes</source>
        <translation>Délai d&apos;expiration en minutes</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="520"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="529"/>
        <source>Timeout findings</source>
        <translation>Constats sur le délai d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="536"/>
        <source>&amp;Run this task</source>
        <translation>Exécuter cette &amp;tâche</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="545"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="546"/>
        <source>succeeded()</source>
        <translation>succeeded()</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="554"/>
        <source>Condition findings</source>
        <translation>Constats sur la condition</translation>
    </message>
    <message>
        <location filename="../ui/taskform.ui" line="566"/>
        <source>Validation findings</source>
        <translation>Constats de validation</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="79"/>
        <source>Connection refused: nothing is listening at %1.</source>
        <translation>Connexion refusée : rien n’écoute sur %1.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="85"/>
        <source>Host not found: the name &apos;%1&apos; could not be resolved (DNS).</source>
        <translation>Hôte introuvable : le nom « %1 » n’a pas pu être résolu (DNS).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="91"/>
        <source>TLS failure talking to %1: %2</source>
        <translation>Échec TLS en communiquant avec %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="95"/>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="99"/>
        <source>Too many redirects starting at %1.</source>
        <translation>Trop de redirections à partir de %1.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="103"/>
        <source>Network error talking to %1: %2</source>
        <translation>Erreur réseau en communiquant avec %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="131"/>
        <source>The %1 refused the connection: nothing is listening there (set by %2). %3 was not reached.</source>
        <translation>Le %1 a refusé la connexion : rien n’y écoute (défini par %2). %3 n’a pas été atteint.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="138"/>
        <source>The proxy host &apos;%1&apos; could not be resolved (DNS; set by %2).</source>
        <translation>L’hôte proxy « %1 » n’a pas pu être résolu (DNS ; défini par %2).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="141"/>
        <source>The %1 did not answer in time (set by %2).</source>
        <translation>Le %1 n’a pas répondu à temps (défini par %2).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="149"/>
        <source>The %1 requires authentication%2: give a proxy user and password (user@ in the proxy URL with --proxy-password-env, or Preferences).</source>
        <translation>Le %1 exige une authentification%2 : indiquez un utilisateur et un mot de passe de proxy (user@ dans l’URL du proxy avec --proxy-password-env, ou dans les Préférences).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="153"/>
        <source>The %1 refused the credentials of user &apos;%2&apos;%3.</source>
        <translation>Le %1 a refusé les identifiants de l’utilisateur « %2 »%3.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="159"/>
        <source>The %1 closed the connection before %2 answered (set by %3).</source>
        <translation>Le %1 a fermé la connexion avant que %2 ne réponde (défini par %3).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="229"/>
        <location filename="../src/core/run/taskrunner.cpp" line="605"/>
        <source>The dry run was cancelled.</source>
        <translation>L’essai a été annulé.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="359"/>
        <source>Too many redirects: more than %1 starting at %2.</source>
        <translation>Trop de redirections : plus de %1 à partir de %2.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="366"/>
        <source>The server redirected (%1) to &apos;%2&apos;, which is not an http or https URL.</source>
        <translation>Le serveur a redirigé (%1) vers « %2 », qui n’est pas une URL http ou https.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="374"/>
        <source>The server redirected (%1) from https to plain http (&apos;%2&apos;); the dry run does not follow a redirect that drops TLS.</source>
        <translation>Le serveur a redirigé (%1) de https vers http simple (« %2 ») ; l’essai ne suit pas une redirection qui abandonne TLS.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="440"/>
        <source>The response headers could not be read: they are too large (a single line over a few KB, or too many of them) or malformed. .NET&apos;s HttpClient, which Azure DevOps uses, refuses response headers over %1 bytes (MaxResponseHeadersLength); the dry run stopped.</source>
        <translation>Les en-têtes de la réponse n’ont pas pu être lus : ils sont trop grands (une ligne de plus de quelques Ko, ou trop nombreux) ou mal formés. Le HttpClient de .NET, qu’utilise Azure DevOps, refuse les en-têtes de réponse de plus de %1 octets (MaxResponseHeadersLength) ; l’essai s’est arrêté.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="448"/>
        <source>The response headers are over %1 bytes; .NET&apos;s HttpClient, which Azure DevOps uses, refuses them (MaxResponseHeadersLength), so the dry run stopped reading.</source>
        <translation>Les en-têtes de la réponse dépassent %1 octets ; le HttpClient de .NET, qu’utilise Azure DevOps, les refuse (MaxResponseHeadersLength) : l’essai a donc cessé de lire.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="579"/>
        <source>The request timed out after %1 seconds as no response was received.</source>
        <translation>La requête a expiré après %1 secondes sans recevoir de réponse.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="588"/>
        <source>In Callback mode the service must answer the initial call at once (e.g. 202 Accepted) and report completion later.</source>
        <translation>En mode Callback, le service doit répondre immédiatement à l’appel initial (par ex. 202 Accepted) et signaler la fin plus tard.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="592"/>
        <source>Azure DevOps allows an API-response task 20 seconds in all, whatever the task&apos;s timeout says. Use Callback for longer work.</source>
        <translation>Azure DevOps accorde 20 secondes au total à une tâche API-response, quel que soit le délai de la tâche. Utilisez Callback pour un travail plus long.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="619"/>
        <source>The response was cut at the dry-run cap of %1 bytes: the body is longer, so the dry run stopped reading and cannot judge it (the first %1 bytes are kept).</source>
        <translation>La réponse a été coupée à la limite d’essai de %1 octets : le corps est plus long, l’essai a donc cessé de lire et ne peut pas le juger (les %1 premiers octets sont gardés).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="629"/>
        <source>The response body could not be decompressed (Content-Encoding: %1): %2.</source>
        <translation>Le corps de la réponse n’a pas pu être décompressé (Content-Encoding : %1) : %2.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="648"/>
        <source>the connection ended</source>
        <translation>la connexion s’est terminée</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="650"/>
        <source>The response was cut short: %1 of the %2 bytes its Content-Length announced arrived before the connection broke (%3).</source>
        <translation>La réponse est tronquée : %1 des %2 octets annoncés par son Content-Length sont arrivés avant la coupure de la connexion (%3).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="657"/>
        <source>The response was cut short: the connection broke after %1 bytes of the body (%2).</source>
        <translation>La réponse est tronquée : la connexion a été coupée après %1 octets du corps (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="666"/>
        <source>The response was cut short: its %1-compressed body stops after %2 bytes, before the end of the compressed stream (the connection ended).</source>
        <translation>La réponse est tronquée : son corps compressé en %1 s’arrête après %2 octets, avant la fin du flux compressé (la connexion s’est terminée).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="695"/>
        <source>TLS failure talking to %1: the server&apos;s certificate was refused (%2).</source>
        <translation>Échec TLS en communiquant avec %1 : le certificat du serveur a été refusé (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="709"/>
        <source>The server seems to want a client certificate: give one with --cert (and --key), or in Preferences ▸ Network.</source>
        <translation>Le serveur semble demander un certificat client : indiquez-en un avec --cert (et --key), ou dans Préférences ▸ Réseau.</translation>
    </message>
    <message>
        <location filename="../src/core/run/taskrunner.cpp" line="714"/>
        <source>The request went through %1 (%2).</source>
        <translation>La requête est passée par %1 (%2).</translation>
    </message>
</context>
<context>
    <name>VariablesPanel</name>
    <message>
        <location filename="../ui/variablespanel.ui" line="9"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="16"/>
        <source>Current &amp;set:</source>
        <translation>&amp;Jeu actuel :</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="22"/>
        <source>Current variable set</source>
        <translation>Jeu de variables actuel</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="23"/>
        <source>The variable set used for dry runs: its variables override the base ones</source>
        <translation>Le jeu de variables utilisé pour les exécutions à blanc : ses variables remplacent celles de base</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="31"/>
        <source>&amp;New set…</source>
        <translation>&amp;Nouveau jeu…</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="32"/>
        <source>Add a variable set</source>
        <translation>Ajouter un jeu de variables</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="37"/>
        <source>Re&amp;name…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="38"/>
        <source>Rename the current variable set</source>
        <translation>Renommer le jeu de variables actuel</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="43"/>
        <source>&amp;Delete set</source>
        <translation>&amp;Supprimer le jeu</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="44"/>
        <source>Delete the current variable set</source>
        <translation>Supprimer le jeu de variables actuel</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="53"/>
        <source>&amp;Base variables (every set starts from these):</source>
        <translation>Variables de &amp;base (chaque jeu part de celles-ci) :</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="83"/>
        <source>Base variables</source>
        <translation>Variables de base</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="66"/>
        <source>Add a base variable</source>
        <translation>Ajouter une variable de base</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="72"/>
        <source>&amp;Remove variable</source>
        <translation>&amp;Retirer la variable</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="73"/>
        <source>Remove the selected base variable</source>
        <translation>Retirer la variable de base sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="121"/>
        <source>Variables of the current set</source>
        <translation>Variables du jeu actuel</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="104"/>
        <source>Add a variable to the current set</source>
        <translation>Ajouter une variable au jeu actuel</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="110"/>
        <source>Remove from set</source>
        <translation>Retirer du jeu</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="111"/>
        <source>Remove the selected variable from the current set</source>
        <translation>Retirer la variable sélectionnée du jeu actuel</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="129"/>
        <source>Where secret values are kept</source>
        <translation>Où sont gardées les valeurs secrètes</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="131"/>
        <source>Secret values (shown as ••••) are kept in memory for this session only: they are never written to the design file, the autosave or the settings, and are gone when RestGate closes. restgate-cli takes them from RESTGATE_SECRET_&lt;NAME&gt; or --var.</source>
        <translation>Les valeurs secrètes (affichées ••••) sont gardées en mémoire pour cette session uniquement : elles ne sont jamais écrites dans le fichier de conception, l&apos;enregistrement automatique ni les paramètres, et disparaissent à la fermeture de RestGate. restgate-cli les prend dans RESTGATE_SECRET_&lt;NAME&gt; ou --var.</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="65"/>
        <source>+ &amp;Add variable</source>
        <translation>+ &amp;Ajouter une variable</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="67"/>
        <location filename="../ui/variablespanel.ui" line="105"/>
        <source>Adds a row and edits its name; Tab or Enter goes on to the value (Insert in the table does the same)</source>
        <translation>Ajoute une ligne et modifie son nom ; Tab ou Entrée passe à la valeur (Inser dans le tableau fait de même)</translation>
    </message>
    <message>
        <location filename="../ui/variablespanel.ui" line="103"/>
        <source>+ Add variable to se&amp;t</source>
        <translation>+ Ajouter une variable au j&amp;eu</translation>
    </message>
</context>
<context>
    <name>YamlPane</name>
    <message>
        <location filename="../ui/yamlpane.ui" line="9"/>
        <source>Pipeline YAML</source>
        <translation>YAML du pipeline</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="20"/>
        <source>&amp;Write as:</source>
        <translation>É&amp;crire comme :</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="26"/>
        <source>Export form</source>
        <translation>Forme d&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="27"/>
        <source>A step to paste under steps:, a pool: server job to paste under jobs:, or a stage around that job</source>
        <translation>Une étape à coller sous steps:, un job pool: server à coller sous jobs:, ou une phase autour de ce job</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="32"/>
        <source>What to export</source>
        <translation>Ce qu&apos;il faut exporter</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="33"/>
        <source>The selected task, or every task of the design (as one job in the job and stage forms)</source>
        <translation>La tâche sélectionnée, ou toutes les tâches de la conception (en un seul job dans les formes job et phase)</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="38"/>
        <source>Write &amp;defaults</source>
        <translation>Écrire les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="39"/>
        <source>Also write inputs that equal the task&apos;s default (e.g. waitForCompletion: &apos;false&apos;)</source>
        <translation>Écrire aussi les entrées égales à la valeur par défaut de la tâche (p. ex. waitForCompletion: &apos;false&apos;)</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="44"/>
        <source>task.json &amp;names</source>
        <translation>&amp;Noms de task.json</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="45"/>
        <source>Write the inputs under their task.json names (connectedServiceName, …) instead of the YAML names the docs use</source>
        <translation>Écrire les entrées sous leurs noms task.json (connectedServiceName, …) au lieu des noms YAML de la documentation</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="56"/>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="57"/>
        <source>Copy the YAML to the clipboard</source>
        <translation>Copier le YAML dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="62"/>
        <source>Sa&amp;ve as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="63"/>
        <source>Save the YAML to a file</source>
        <translation>Enregistrer le YAML dans un fichier</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="72"/>
        <source>Schema problems</source>
        <translation>Problèmes de schéma</translation>
    </message>
    <message>
        <location filename="../ui/yamlpane.ui" line="79"/>
        <source>Task as pipeline YAML</source>
        <translation>Tâche en YAML de pipeline</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="27"/>
        <source>Design and dry-run Azure Pipelines InvokeRESTAPI tasks. Without a file, opens the sample design and starts the local demo endpoint it targets.</source>
        <translation>Concevoir et exécuter à blanc des tâches InvokeRESTAPI d&apos;Azure Pipelines. Sans fichier, ouvre la conception d&apos;exemple et démarre le point de terminaison de démo local qu&apos;elle cible.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="34"/>
        <source>A design to open (*.restgate.yml).</source>
        <translation>Une conception à ouvrir (*.restgate.yml).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="40"/>
        <source>Quit on its own after showing the window for &lt;seconds&gt; seconds.</source>
        <translation>Se ferme de lui-même après avoir affiché la fenêtre pendant &lt;secondes&gt; secondes.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="41"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="45"/>
        <source>Show the window in &lt;language&gt; (%1) instead of the system&apos;s language. RESTGATE_LANG does the same.</source>
        <translation>Affiche la fenêtre en &lt;langue&gt; (%1) au lieu de la langue du système. RESTGATE_LANG fait de même.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="49"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="54"/>
        <source>RestGate has no %1 translation; choose one of %2.</source>
        <translation>RestGate n&apos;a pas de traduction « %1 » ; choisissez parmi %2.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="72"/>
        <source>--quit-after needs a number of seconds from 0 to 86400.</source>
        <translation>--quit-after attend un nombre de secondes entre 0 et 86400.</translation>
    </message>
</context>
</TS>
