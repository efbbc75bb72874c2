<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/about.py" line="+68"/>
        <source>About %1</source>
        <extracomment>The freezing tool&apos;s licence, listed when running from the packaged build.</extracomment>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Program icon</source>
        <translation>Icône du programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Associates an OXO Connect or OXO Connect Evolution PBX with a customer company on Rainbow, configures both sides and checks them until Rainbow shows the PBX Running and the PBX shows Connected.</source>
        <translation>Associe un PBX OXO Connect ou OXO Connect Evolution à une entreprise cliente sur Rainbow, configure les deux côtés et les vérifie jusqu’à ce que Rainbow affiche le PBX Running et que le PBX affiche Connected.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Libraries included and their licences:</source>
        <translation>&amp;Bibliothèques incluses et leurs licences&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Libraries included and their licences</source>
        <translation>Bibliothèques incluses et leurs licences</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the versions and licences, e.g. for support</source>
        <translation>Copier les versions et les licences, p. ex. pour le support</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The list of libraries is not available in this installation.</source>
        <translation>La liste des bibliothèques n’est pas disponible dans cette installation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;About…</source>
        <translation>À &amp;propos…</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/batch_dialog.py" line="+58"/>
        <source>Prepare installation files from a spreadsheet</source>
        <translation>Préparer des fichiers d’installation à partir d’un tableur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One installation file per row of a CSV file (columns company_id, company_name, server_name, model, mode, fleet_ref, installation_ref, country; optional prefixes and installation_number). Nothing is written while a row is wrong.</source>
        <translation>Un fichier d’installation par ligne d’un fichier CSV (colonnes company_id, company_name, server_name, model, mode, fleet_ref, installation_ref, country&#xa0;; facultatives&#xa0;: les préfixes et installation_number). Rien n’est écrit tant qu’une ligne est erronée.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;CSV file:</source>
        <extracomment>Ask for files and folders; tests replace them.</extracomment>
        <translation>Fichier &amp;CSV&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Output folder:</source>
        <translation>Dossier de &amp;sortie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Numbering rules (optional):</source>
        <translation>Règles de &amp;numérotation (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Numbering rules file</source>
        <translation>Fichier de règles de numérotation</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Keep the valid rows even when others are wrong</source>
        <translation>&amp;Garder les lignes valides même si d’autres sont erronées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the valid rows</source>
        <translation>Garder les lignes valides</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Problems and files written</source>
        <translation>Problèmes et fichiers écrits</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for %1</source>
        <translation>Parcourir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the CSV file and the output folder.</source>
        <translation>Choisissez le fichier CSV et le dossier de sortie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was prepared:</source>
        <translation>Rien n’a été préparé&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written: %1</source>
        <translation>Écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 installation files written to %2.</source>
        <translation>%1 fichiers d’installation écrits dans %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files written to %2; the rows listed below were left out.</source>
        <translation>%1 fichiers écrits dans %2&#xa0;; les lignes ci-dessous ont été écartées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written to %2: correct the rows listed below and try again.</source>
        <translation>Rien n’a été écrit dans %2&#xa0;: corrigez les lignes ci-dessous et recommencez.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Prepare a &amp;batch from CSV…</source>
        <translation>Préparer un l&amp;ot depuis un CSV…</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../installer_app/ui/widgets/busy_indicator.py" line="+35"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running step</source>
        <translation>Annuler l’étape en cours</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../installer_app/ui/pages/company.py" line="+51"/>
        <source>Customer company</source>
        <extracomment>Milliseconds of quiet typing before the search is sent. Companies per page of results. [I] Rainbow ids look like 24 lowercase hexadecimal digits; only used to warn, never to block.</extracomment>
        <translation>Entreprise cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer company on Rainbow, and the site the PBX will belong to.</source>
        <translation>L’entreprise cliente sur Rainbow, et le site auquel le PBX appartiendra.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Part of the company name, e.g. bou</source>
        <translation>Une partie du nom de l’entreprise, p. ex. bou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customer companies by name</source>
        <translation>Rechercher les entreprises clientes par nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>St&amp;op</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company search problem</source>
        <translation>Problème de recherche d’entreprise</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chosen company</source>
        <translation>Entreprise choisie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer company (offline: typed in)</source>
        <translation>Entreprise cliente (hors ligne&#xa0;: saisie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline there is no search: copy the company&apos;s id and name from the Rainbow admin portal (Customer companies). The site is chosen when the PBX is declared.</source>
        <translation>Hors ligne, pas de recherche&#xa0;: copiez l’identifiant et le nom de l’entreprise depuis le portail d’administration Rainbow (Customer companies). Le site est choisi lors de la déclaration du PBX.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company id</source>
        <translation>Identifiant de l’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company id problem</source>
        <translation>Problème d’identifiant d’entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company &amp;id:</source>
        <translation>&amp;Identifiant de l’entreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company n&amp;ame:</source>
        <translation>&amp;Nom de l’entreprise&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not signed in to Rainbow.</source>
        <translation>Non connecté à Rainbow.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back and sign in first.</source>
        <translation>Revenez en arrière et connectez-vous d’abord.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No customer company matches “%1”.</source>
        <translation>Aucune entreprise cliente ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type fewer letters, or check the spelling.</source>
        <translation>Saisissez moins de lettres, ou vérifiez l’orthographe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your business partner has no customer company on Rainbow yet.</source>
        <translation>Votre Business Partner n’a encore aucune entreprise cliente sur Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching customer companies…</source>
        <translation>Recherche des entreprises clientes…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No company chosen yet: search, then choose.</source>
        <translation>Aucune entreprise choisie&#xa0;: recherchez, puis choisissez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 (Rainbow id %3)</source>
        <translation>%1 — %2 (identifiant Rainbow %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (Rainbow id %2)</source>
        <translation>%1 (identifiant Rainbow %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Company id: Rainbow ids are 24 characters 0–9 and a–f; check that the whole id was copied.</source>
        <translation>Identifiant de l’entreprise&#xa0;: un identifiant Rainbow compte 24 caractères 0–9 et a–f&#xa0;; vérifiez que l’identifiant a été copié en entier.</translation>
    </message>
</context>
<context>
    <name>CompanyResults</name>
    <message>
        <location filename="../installer_app/ui/widgets/company_results.py" line="+55"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer companies found</source>
        <translation>Entreprises clientes trouvées</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compan&amp;ies:</source>
        <translation>&amp;Entreprises&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ Pre&amp;vious page</source>
        <translation>◀ Page pré&amp;cédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page of companies</source>
        <translation>Page précédente d’entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pa&amp;ge ▶</source>
        <translation>Page sui&amp;vante ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page of companies</source>
        <translation>Page suivante d’entreprises</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rainbow id: %1</source>
        <translation>Identifiant Rainbow&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../installer_app/ui/widgets/copy_field.py" line="+63"/>
        <source>Copy</source>
        <extracomment>Setting (in the wizard&apos;s settings, see the Settings dialog): clear copied secrets; on by default.</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="sources/country_names.py" line="+10"/>
        <source>Ascension Island</source>
        <translation>Île de l’Ascension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andorra</source>
        <translation>Andorre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antigua and Barbuda</source>
        <translation>Antigua-et-Barbuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Arménie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antarctica</source>
        <translation>Antarctique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>American Samoa</source>
        <translation>Samoa américaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åland Islands</source>
        <translation>Îles Åland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Azerbaïdjan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>Barbade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahreïn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Bénin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bermuda</source>
        <translation>Bermudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Darussalam</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolivie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Pays-Bas caribéens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Bhoutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouvet Island</source>
        <translation>Île Bouvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Biélorussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Îles Cocos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo (Democratic Republic)</source>
        <translation>Congo-Kinshasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>République centrafricaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Congo-Brazzaville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook Islands</source>
        <translation>Îles Cook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Colombie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabo Verde</source>
        <translation>Cap-Vert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Island</source>
        <translation>Île Christmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominica</source>
        <translation>Dominique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>République dominicaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Équateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Égypte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Sahara</source>
        <translation>Sahara occidental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Érythrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopia</source>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Fidji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Îles Malouines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>Micronésie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faroe Islands</source>
        <translation>Îles Féroé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grenada</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Guyane française</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guernsey</source>
        <translation>Guernesey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greenland</source>
        <translation>Groenland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gambie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Guinée équatoriale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Géorgie du Sud-et-les Îles Sandwich du Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>Guinée-Bissau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard Island and McDonald Islands</source>
        <translation>Îles Heard-et-MacDonald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haïti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonésie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isle of Man</source>
        <translation>Île de Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Indian Ocean Territory</source>
        <translation>Territoire britannique de l’océan Indien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland</source>
        <translation>Islande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Jamaïque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordan</source>
        <translation>Jordanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Kirghizstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Cambodge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Comores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint-Christophe-et-Niévès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Corée du Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Koweït</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cayman Islands</source>
        <translation>Îles Caïmans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Lucia</source>
        <translation>Sainte-Lucie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Monténégro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Martin (French part)</source>
        <translation>Saint-Martin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marshall Islands</source>
        <translation>Îles Marshall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Myanmar (Birmanie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongolie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Northern Mariana Islands</source>
        <translation>Îles Mariannes du Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauritanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Maurice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Maldives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malaisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norfolk Island</source>
        <translation>Île Norfolk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>Népal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Pérou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papouasie-Nouvelle-Guinée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitcairn</source>
        <translation>Îles Pitcairn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palestine</source>
        <translation>Palestine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palau</source>
        <translation>Palaos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Federation</source>
        <translation>Russie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands</source>
        <translation>Îles Salomon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Sainte-Hélène</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard et Jan Mayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>San Marino</source>
        <translation>Saint-Marin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somalie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>Sao Tomé-et-Principe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Saint-Martin (partie néerlandaise)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Syrie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tristan da Cunha</source>
        <translation>Tristan da Cunha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turks and Caicos Islands</source>
        <translation>Îles Turques-et-Caïques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Tchad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Southern Territories</source>
        <translation>Terres australes françaises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Tadjikistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor oriental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turkménistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Trinité-et-Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States Minor Outlying Islands</source>
        <translation>Îles mineures éloignées des États-Unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Ouzbékistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatican City</source>
        <translation>État de la Cité du Vatican</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint-Vincent-et-les Grenadines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, British</source>
        <translation>Îles Vierges britanniques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, U.S.</source>
        <translation>Îles Vierges des États-Unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallis and Futuna</source>
        <translation>Wallis-et-Futuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>Yémen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Zambie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../installer_app/ui/pages/credentials.py" line="+52"/>
        <source>PBX credentials</source>
        <translation>Identifiants du PBX</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>References of the stock PBX</source>
        <translation>Références du PBX de stock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the references from the PBX&apos;s fleet list. A whole reference such as %1, pasted into either field, is split into both.</source>
        <translation>Saisissez les références figurant dans la liste de flotte du PBX. Une référence complète comme %1, collée dans l’un ou l’autre champ, est répartie dans les deux.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;leet reference:</source>
        <translation>Référence de &amp;flotte&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fleet reference</source>
        <translation>Référence de flotte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Installation reference:</source>
        <translation>Référence d’&amp;installation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference</source>
        <translation>Référence d’installation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acce&amp;pt references that do not match the usual shape</source>
        <translation>A&amp;ccepter des références qui n’ont pas la forme habituelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept references that do not match the usual shape</source>
        <translation>Accepter des références qui n’ont pas la forme habituelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only when the reference on the PBX&apos;s paperwork really differs from the usual shape; Rainbow must then know the PBX by exactly this reference.</source>
        <translation>Uniquement si la référence figurant dans les documents du PBX diffère vraiment de la forme habituelle&#xa0;; Rainbow doit alors connaître le PBX sous exactement cette référence.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 problem</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What Rainbow will store</source>
        <translation>Ce que Rainbow enregistrera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment id:</source>
        <translation>Identifiant d’équipement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code:</source>
        <translation>Code d’activation&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown once both references are valid</source>
        <translation>Affiché dès que les deux références sont valides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In stock mode both are the two references joined by a dash. Nothing needs entering on the PBX: it connects with them by itself.</source>
        <translation>En mode stock, tous deux sont les deux références reliées par un tiret. Rien à saisir sur le PBX&#xa0;: il se connecte de lui-même avec elles.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The fleet and installation references of the stock PBX.</source>
        <translation>Les références de flotte et d’installation du PBX de stock.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../installer_app/ui/pages/dashboard.py" line="+54"/>
        <source>Dashboard</source>
        <extracomment>The diagnosis&apos; colour per severity, on a light and on a dark window (a high-contrast theme).</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides, live, until Rainbow shows Running and the PBX Connected.</source>
        <translation>Les deux côtés, en direct, jusqu’à ce que Rainbow affiche Running et le PBX Connected.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+208"/>
        <source>Rainbow</source>
        <translation>Rainbow</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels:</source>
        <translation>Canaux&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC:</source>
        <translation>WebRTC&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX (OMC: Cloud &gt; Rainbow)</source>
        <translation>PBX (OMC&#xa0;: Cloud &gt; Rainbow)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow enabled:</source>
        <translation>Rainbow activé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PABX-ID:</source>
        <translation>PABX-ID&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading both sides…</source>
        <translation>Lecture des deux côtés…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of status changes</source>
        <translation>Chronologie des changements d’état</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Next refresh in under a second</source>
        <translation>Prochaine actualisation dans moins d’une seconde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next refresh in %1 s</source>
        <translation>Prochaine actualisation dans %1 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Cannot read</source>
        <translation>Lecture impossible</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not declared</source>
        <translation>Non déclaré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read in OMC</source>
        <translation>À lire dans OMC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not active</source>
        <translation>non active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As Rainbow reports it (hasMediaPillar)</source>
        <translation>Tel que Rainbow le signale (hasMediaPillar)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rainbow says: %1</source>
        <translation>Rainbow indique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <location filename="../installer_app/ui/pages/declaration.py" line="+41"/>
        <source>Declaration on Rainbow</source>
        <translation>Déclaration sur Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX is declared for the customer company. It is never declared twice.</source>
        <translation>Le PBX est déclaré pour l’entreprise cliente. Il n’est jamais déclaré deux fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in to Rainbow</source>
        <translation>Connecté à Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company and site</source>
        <translation>Entreprise cliente et site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking that the PBX is not declared yet</source>
        <translation>Vérification que le PBX n’est pas encore déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaring the PBX</source>
        <translation>Déclaration du PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the declaration back</source>
        <translation>Relecture de la déclaration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declaration in progress</source>
        <translation>Déclaration en cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Declare again</source>
        <translation>&amp;Déclarer à nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Take over this declaration…</source>
        <extracomment>Shown with the &quot;already declared&quot; message: takes that declaration over, once confirmed.</extracomment>
        <translation>&amp;Reprendre cette déclaration…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Equipment id (PABX-ID):</source>
        <extracomment>Asks whether to reuse an existing declaration; tests replace it.</extracomment>
        <translation>Identifiant d’équipement (PABX-ID)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code:</source>
        <translation>Code d’activation&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generated by Rainbow: to copy into OMC</source>
        <translation>Générés par Rainbow&#xa0;: à copier dans OMC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next page shows where each value goes in OMC (Expert View &gt; Cloud &gt; Rainbow), with the same copy buttons. This program keeps both: in its draft until Finish, and in the installation file when there is one. If the activation code is ever lost, &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server) makes a new one: the PBX stays disconnected until it is entered in OMC.</source>
        <translation>La page suivante indique où va chaque valeur dans OMC (Expert View &gt; Cloud &gt; Rainbow), avec les mêmes boutons de copie. Ce programme les conserve toutes deux&#xa0;: dans son brouillon jusqu’au clic sur Terminer, et dans le fichier d’installation s’il y en a un. Si le code d’activation est perdu, &quot;Reset connection&quot; dans le portail d’administration Rainbow (Customer companies &gt; l’entreprise &gt; Communication &gt; Comm. Servers &gt; le serveur) en crée un nouveau&#xa0;: le PBX reste déconnecté jusqu’à ce qu’il soit saisi dans OMC.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored on Rainbow</source>
        <translation>Enregistrés sur Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In stock mode both are the fleet and installation references joined by a dash: nothing needs entering on the PBX.</source>
        <translation>En mode stock, tous deux sont les références de flotte et d’installation reliées par un tiret&#xa0;: rien à saisir sur le PBX.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+88"/>
        <source>Declared on Rainbow (system %1).</source>
        <translation>Déclaré sur Rainbow (système %1).</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The declaration is in progress.</source>
        <translation>La déclaration est en cours.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Declaring…</source>
        <translation>Déclaration…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled. If the declaration had reached Rainbow, declaring again finds it: the PBX is never declared twice.</source>
        <translation>Annulé. Si la déclaration était parvenue à Rainbow, une nouvelle déclaration la retrouve&#xa0;: le PBX n’est jamais déclaré deux fois.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found the declaration an interrupted attempt sent (system %1): it is used.</source>
        <translation>La déclaration envoyée par une tentative interrompue a été retrouvée (système %1)&#xa0;: elle est utilisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PBX was already declared: the existing declaration is used.</source>
        <translation>Ce PBX était déjà déclaré&#xa0;: la déclaration existante est utilisée.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Take over the declaration</source>
        <translation>Reprendre la déclaration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take over the declaration found on Rainbow for this PBX? Do it only if you know it is this PBX&apos;s: its equipment id and activation code become this installation&apos;s.</source>
        <translation>Reprendre la déclaration trouvée sur Rainbow pour ce PBX&#xa0;? Ne le faites que si vous savez qu’elle est celle de ce PBX&#xa0;: son identifiant d’équipement et son code d’activation deviennent ceux de cette installation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Already declared</source>
        <translation>Déjà déclaré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PBX is already declared for this company as &apos;%1&apos;. Use it?</source>
        <translation>Ce PBX est déjà déclaré pour cette entreprise sous le nom «&#xa0;%1&#xa0;». L’utiliser&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../installer_app/domain/diagnosis_texts.py" line="+21"/>
        <source>The PBX is connected to Rainbow and Rainbow shows Running.</source>
        <translation>Le PBX est connecté à Rainbow et Rainbow affiche Running.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PBX is not declared on Rainbow, or its status on Rainbow cannot be read.</source>
        <translation>Le PBX n’est pas déclaré sur Rainbow, ou son état sur Rainbow ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declare the PBX on Rainbow; if it is declared, check the connection to Rainbow and sign in again.</source>
        <translation>Déclarez le PBX sur Rainbow&#xa0;; s’il est déclaré, vérifiez la connexion à Rainbow et reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The equipment id on Rainbow is not the joined fleet and installation references of this PBX.</source>
        <translation>L’identifiant d’équipement sur Rainbow n’est pas la réunion des références de flotte et d’installation de ce PBX.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PBX&apos;s &quot;Rainbow PABX-ID&quot; is not the joined fleet and installation references.</source>
        <translation>Le &quot;Rainbow PABX-ID&quot; du PBX n’est pas la réunion des références de flotte et d’installation.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neither Rainbow&apos;s equipment id nor the PBX&apos;s &quot;Rainbow PABX-ID&quot; is the joined fleet and installation references.</source>
        <translation>Ni l’identifiant d’équipement sur Rainbow ni le &quot;Rainbow PABX-ID&quot; du PBX ne sont la réunion des références de flotte et d’installation.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PBX&apos;s &quot;Rainbow PABX-ID&quot; is not the equipment id declared on Rainbow.</source>
        <translation>Le &quot;Rainbow PABX-ID&quot; du PBX n’est pas l’identifiant d’équipement déclaré sur Rainbow.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the PBX: in OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Rainbow PABX-ID&quot; exactly as Rainbow shows it, Apply and confirm Yes.</source>
        <translation>Corrigez le PBX&#xa0;: dans OMC, Expert View &gt; Cloud &gt; Rainbow, saisissez &quot;Rainbow PABX-ID&quot; exactement comme Rainbow l’affiche, cliquez sur Apply et confirmez par Yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The equipment id recorded in the installation is not the one declared on Rainbow.</source>
        <translation>L’identifiant d’équipement enregistré dans l’installation n’est pas celui déclaré sur Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow&apos;s equipment id is the reference: fetch the credentials from Rainbow again and use that one.</source>
        <translation>L’identifiant d’équipement de Rainbow fait foi&#xa0;: récupérez à nouveau les identifiants depuis Rainbow et utilisez celui-là.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neither the installation nor the PBX&apos;s &quot;Rainbow PABX-ID&quot; holds the equipment id declared on Rainbow.</source>
        <translation>Ni l’installation ni le &quot;Rainbow PABX-ID&quot; du PBX ne contiennent l’identifiant d’équipement déclaré sur Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch the credentials from Rainbow again, then in OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Rainbow PABX-ID&quot; exactly as Rainbow shows it, Apply and confirm Yes.</source>
        <translation>Récupérez à nouveau les identifiants depuis Rainbow, puis dans OMC, Expert View &gt; Cloud &gt; Rainbow, saisissez &quot;Rainbow PABX-ID&quot; exactement comme Rainbow l’affiche, cliquez sur Apply et confirmez par Yes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rainbow refused the PBX&apos;s connection: the activation code on the PBX does not match.</source>
        <translation>Rainbow a refusé la connexion du PBX&#xa0;: le code d’activation saisi sur le PBX ne correspond pas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rainbow refused the PBX&apos;s connection: in stock mode the activation code is the joined fleet and installation references, and the PBX&apos;s do not match Rainbow&apos;s.</source>
        <translation>Rainbow a refusé la connexion du PBX&#xa0;: en mode stock, le code d’activation est la réunion des références de flotte et d’installation, et celles du PBX ne correspondent pas à celles de Rainbow.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Nothing left to do: hand over the installation report. In OMC the &quot;Activation code&quot; field is now greyed out: the PBX has connected and received its login password, as expected.</source>
        <translation>Plus rien à faire&#xa0;: remettez le rapport d’installation. Dans OMC, le champ &quot;Activation code&quot; est maintenant grisé&#xa0;: le PBX s’est connecté et a reçu son mot de passe de connexion, comme prévu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rainbow sent a status or a value this version of the program does not know, so the PBX&apos;s state cannot be told for sure; it is shown as Rainbow sent it.</source>
        <translation>Rainbow a envoyé un statut ou une valeur que cette version du programme ne connaît pas, l’état du PBX ne peut donc pas être établi avec certitude&#xa0;; il est affiché tel que Rainbow l’a envoyé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the PBX&apos;s status in the Rainbow admin portal, and send the diagnostics file to support so that the next version knows this value.</source>
        <translation>Vérifiez le statut du PBX dans le portail d’administration Rainbow et envoyez le fichier de diagnostic au support pour que la prochaine version connaisse cette valeur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix Rainbow: its equipment id must be the fleet reference, a dash, and the installation reference that identify this PBX in your fleet list. In the Rainbow admin portal: Customer companies &gt; the company &gt; Communication &gt; Comm. Servers, the server in the equipment list, Connection tab, &quot;Specify equipment ID and activation code&quot;.</source>
        <translation>Corrigez Rainbow&#xa0;: son identifiant d’équipement doit être la référence de flotte, un tiret, puis la référence d’installation qui identifient ce PBX dans la liste de votre flotte. Dans le portail d’administration Rainbow&#xa0;: Customer companies &gt; l’entreprise &gt; Communication &gt; Comm. Servers, le serveur dans la liste des équipements (equipment list), onglet Connection, &quot;Specify equipment ID and activation code&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check that the references are those that identify this PBX in your fleet list. If they are, fix the PBX: in OMC &gt; Cloud &gt; Rainbow correct &quot;Rainbow PABX-ID&quot;, Apply and confirm Yes.</source>
        <translation>Vérifiez que les références sont bien celles qui identifient ce PBX dans la liste de votre flotte. Si c’est le cas, corrigez le PBX&#xa0;: dans OMC &gt; Cloud &gt; Rainbow, corrigez &quot;Rainbow PABX-ID&quot;, cliquez sur Apply et confirmez par Yes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the references against your fleet list, then fix both sides: the equipment id on Rainbow, and &quot;Rainbow PABX-ID&quot; in OMC &gt; Cloud &gt; Rainbow (Apply, confirm Yes).</source>
        <translation>Vérifiez les références dans la liste de votre flotte, puis corrigez les deux côtés&#xa0;: l’identifiant d’équipement sur Rainbow, et &quot;Rainbow PABX-ID&quot; dans OMC &gt; Cloud &gt; Rainbow (Apply, confirmez par Yes).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Re-enter the activation code in OMC (Expert View &gt; Cloud &gt; Rainbow, Apply, confirm Yes). If it cannot be read back from Rainbow any more, use &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server) and enter the new code: the PBX stays disconnected until then.</source>
        <translation>Saisissez à nouveau le code d’activation dans OMC (Expert View &gt; Cloud &gt; Rainbow, Apply, confirmez par Yes). S’il ne peut plus être relu sur Rainbow, utilisez &quot;Reset connection&quot; dans le portail d’administration Rainbow (Customer companies &gt; l’entreprise &gt; Communication &gt; Comm. Servers &gt; le serveur) et saisissez le nouveau code&#xa0;: le PBX reste déconnecté jusque-là.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the references in your fleet list against Rainbow&apos;s equipment id; then re-enter the activation code in OMC, or reset the connection on Rainbow and use the new code.</source>
        <translation>Comparez les références de la liste de votre flotte avec l’identifiant d’équipement sur Rainbow&#xa0;; puis saisissez à nouveau le code d’activation dans OMC, ou réinitialisez la connexion sur Rainbow et utilisez le nouveau code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Rainbow is not enabled on the PBX.</source>
        <translation>Rainbow n’est pas activé sur le PBX.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>In OMC, Expert View &gt; Cloud &gt; Rainbow: tick &quot;Rainbow enabled&quot;, enter &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot;, Apply and confirm Yes.</source>
        <translation>Dans OMC, Expert View &gt; Cloud &gt; Rainbow&#xa0;: cochez &quot;Rainbow enabled&quot;, saisissez &quot;Rainbow PABX-ID&quot; et &quot;Activation code&quot;, cliquez sur Apply et confirmez par Yes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In stock mode Rainbow is enabled by default: in OMC, Expert View &gt; Cloud &gt; Rainbow, tick &quot;Rainbow enabled&quot; again, Apply and confirm Yes.</source>
        <translation>En mode stock, Rainbow est activé par défaut&#xa0;: dans OMC, Expert View &gt; Cloud &gt; Rainbow, cochez à nouveau &quot;Rainbow enabled&quot;, cliquez sur Apply et confirmez par Yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No activation code is entered on the PBX.</source>
        <translation>Aucun code d’activation n’est saisi sur le PBX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Activation code&quot; exactly as Rainbow gave it, Apply and confirm Yes.</source>
        <translation>Dans OMC, Expert View &gt; Cloud &gt; Rainbow, saisissez &quot;Activation code&quot; exactement tel que Rainbow l’a fourni, cliquez sur Apply et confirmez par Yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Rainbow is waiting for the PBX&apos;s first connection; the PBX side is not done yet.</source>
        <translation>Rainbow attend la première connexion du PBX&#xa0;; le côté PBX n’est pas encore terminé.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Follow the OMC checklist and confirm each step.</source>
        <translation>Suivez la liste de contrôle OMC et confirmez chaque étape.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is configured on a stock PBX: make sure it is powered, cabled and allowed out on TCP 443, then confirm the checklist.</source>
        <translation>Rien n’est à configurer sur un PBX de stock&#xa0;: assurez-vous qu’il est alimenté, câblé et autorisé à sortir en TCP 443, puis confirmez la liste de contrôle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow is not enabled on the PBX, or it cannot get out on TCP 443 (firewall or web proxy).</source>
        <translation>Rainbow n’est pas activé sur le PBX, ou celui-ci ne peut pas sortir en TCP 443 (pare-feu ou proxy web).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in OMC &gt; Cloud &gt; Rainbow that &quot;Rainbow enabled&quot; is ticked with the right &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot;; check that the firewall lets the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io, and the web proxy in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy).</source>
        <translation>Vérifiez dans OMC &gt; Cloud &gt; Rainbow que &quot;Rainbow enabled&quot; est coché avec les bons &quot;Rainbow PABX-ID&quot; et &quot;Activation code&quot;&#xa0;; vérifiez que le pare-feu laisse sortir le PBX en TCP 443 vers openrainbow.com, *.openrainbow.com et openrainbow.io, ainsi que le proxy web dans OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rainbow is enabled on the PBX but it cannot get out on TCP 443 (firewall or web proxy).</source>
        <translation>Rainbow est activé sur le PBX, mais celui-ci ne peut pas sortir en TCP 443 (pare-feu ou proxy web).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check that the firewall lets the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io; if the site uses a web proxy, set it in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy) and make sure it lets WSS through.</source>
        <translation>Vérifiez que le pare-feu laisse sortir le PBX en TCP 443 vers openrainbow.com, *.openrainbow.com et openrainbow.io&#xa0;; si le site utilise un proxy web, renseignez-le dans OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy) et assurez-vous qu’il laisse passer le WSS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PBX is connecting to Rainbow.</source>
        <translation>Le PBX est en cours de connexion à Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: Rainbow shows Running once it accepts the connection.</source>
        <translation>Patientez&#xa0;: Rainbow affiche Running dès qu’il accepte la connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX reports Connected but Rainbow does not show it yet.</source>
        <translation>Le PBX indique Connected, mais Rainbow ne l’affiche pas encore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for Rainbow&apos;s next status reading. A greyed-out &quot;Activation code&quot; in OMC is expected: the PBX has connected and received its login password.</source>
        <translation>Attendez la prochaine lecture d’état de Rainbow. Un &quot;Activation code&quot; grisé dans OMC est normal&#xa0;: le PBX s’est connecté et a reçu son mot de passe de connexion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link between the PBX and Rainbow was lost; the PBX reconnects by itself.</source>
        <translation>La liaison entre le PBX et Rainbow a été perdue&#xa0;; le PBX se reconnecte de lui-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Wait a few minutes. If it does not come back, check the site&apos;s internet access and that the firewall and web proxy still let the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>Patientez quelques minutes. Si la liaison ne revient pas, vérifiez l’accès internet du site, et que le pare-feu et le proxy web laissent toujours sortir le PBX en TCP 443 vers openrainbow.com, *.openrainbow.com et openrainbow.io.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rainbow shows the PBX activated but not connected now: its link was lost, or it is being restored.</source>
        <translation>Rainbow affiche le PBX activé mais actuellement non connecté&#xa0;: sa liaison a été perdue, ou elle est en cours de rétablissement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PBX is reconnecting to Rainbow after losing its link.</source>
        <translation>Le PBX se reconnecte à Rainbow après avoir perdu sa liaison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait; if it is not back within a few minutes, check the network (TCP 443, web proxy).</source>
        <translation>Patientez&#xa0;; si la liaison n’est pas revenue d’ici quelques minutes, vérifiez le réseau (TCP 443, proxy web).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX is connected to Rainbow but one of its channels is down (Rainbow shows Degraded).</source>
        <translation>Le PBX est connecté à Rainbow, mais l’un de ses canaux est hors service (Rainbow affiche Degraded).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is often short-lived: wait a few minutes. If it lasts, check the network between the PBX and Rainbow (TCP 443, web proxy).</source>
        <translation>C’est souvent passager&#xa0;: patientez quelques minutes. Si cela dure, vérifiez le réseau entre le PBX et Rainbow (TCP 443, proxy web).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow shows the PBX connected but the PBX reports another state: the two readings were not taken at the same moment.</source>
        <translation>Rainbow affiche le PBX connecté, mais le PBX indique un autre état&#xa0;: les deux lectures n’ont pas été faites au même moment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait for the next readings; if they keep disagreeing, look at the PBX&apos;s Cloud &gt; Rainbow page in OMC.</source>
        <translation>Attendez les prochaines lectures&#xa0;; si elles restent en désaccord, consultez la page Cloud &gt; Rainbow du PBX dans OMC.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/diagnostics_dialog.py" line="+72"/>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checks the connection from this computer to %1, port %2.</source>
        <translation>Vérifie la connexion de cet ordinateur vers %1, port %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network check steps</source>
        <translation>Étapes de la vérification réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Check the network</source>
        <translation>&amp;Vérifier le réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network to Rainbow</source>
        <translation>Vérifier le réseau vers Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ancel check</source>
        <translation>A&amp;nnuler la vérification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnostics result</source>
        <translation>Résultat des diagnostics</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save diagnostics…</source>
        <translation>&amp;Enregistrer les diagnostics…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a diagnostics file for support</source>
        <translation>Enregistrer un fichier de diagnostics pour le support</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every step passed.</source>
        <translation>Toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tried</source>
        <translation>Non essayé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <comment>a label, then what it labels</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the network…</source>
        <translation>Vérification du réseau…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save diagnostics</source>
        <translation>Enregistrer les diagnostics</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Diagnostics saved to %1. Send this file to support.</source>
        <translation>Diagnostics enregistrés dans %1. Envoyez ce fichier au support.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostics…</translation>
    </message>
</context>
<context>
    <name>DialingPage</name>
    <message>
        <location filename="../installer_app/ui/pages/dialing.py" line="+41"/>
        <source>Dialing</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Rainbow turns the numbers users dial into canonical (E.164) numbers: the portal&apos;s &quot;Dialing information&quot;.</source>
        <translation>Comment Rainbow transforme les numéros composés par les utilisateurs en numéros canoniques (E.164)&#xa0;: les &quot;Dialing information&quot; du portail.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 problem</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country and prefixes</source>
        <translation>Pays et préfixes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of the name</source>
        <translation>Saisissez une partie du nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country problem</source>
        <translation>Problème de pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the country comes from</source>
        <translation>Origine du pays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>National prefix</source>
        <translation>Préfixe national</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>N&amp;ational prefix:</source>
        <translation>Préfixe n&amp;ational&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+182"/>
        <source>International prefix</source>
        <translation>Préfixe international</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>In&amp;ternational prefix:</source>
        <translation>Préfixe &amp;international&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+156"/>
        <source>Outbound prefix</source>
        <translation>Préfixe de sortie</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Use the outbound prefix</source>
        <translation>&amp;Utiliser le préfixe de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the outbound prefix</source>
        <translation>Utiliser le préfixe de sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The digits the PBX needs before an external number, often 0.</source>
        <translation>Les chiffres dont le PBX a besoin avant un numéro externe, souvent 0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Outbound prefix:</source>
        <translation>Préfixe de s&amp;ortie&#xa0;:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Installation number</source>
        <translation>Numéro de l’installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s main number</source>
        <translation>Le numéro principal du client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation number problem</source>
        <translation>Problème de numéro de l’installation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Installation number:</source>
        <translation>Numéro de l’i&amp;nstallation&#xa0;:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number as a Rainbow user dials it</source>
        <translation>Numéro tel qu’un utilisateur Rainbow le compose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number to see its canonical form</source>
        <translation>Saisissez un numéro pour voir sa forme canonique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number as a Rainbow user &amp;dials it:</source>
        <translation>Numéro tel qu’un utilisateur Rainbow le &amp;compose&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canonical form</source>
        <translation>Forme canonique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of number</source>
        <translation>Type de numéro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Canonical form:</source>
        <translation>Forme canonique&#xa0;:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Installation number must contain digits only (0-9), optionally after a leading +.</source>
        <translation>Le numéro de l’installation ne doit contenir que des chiffres (0-9), éventuellement précédés d’un +.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the customer company&apos;s country on Rainbow.</source>
        <translation>D’après le pays de l’entreprise cliente sur Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the site&apos;s country on Rainbow.</source>
        <translation>D’après le pays du site sur Rainbow.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From this computer&apos;s region: Rainbow gives no country for the customer.</source>
        <translation>D’après la région de cet ordinateur&#xa0;: Rainbow n’indique aucun pays pour le client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A default: neither Rainbow nor this computer names a country.</source>
        <translation>Valeur par défaut&#xa0;: ni Rainbow ni cet ordinateur n’indiquent de pays.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Country: “%1” is not in the list; type part of the name and choose it.</source>
        <translation>Pays&#xa0;: «&#xa0;%1&#xa0;» n’est pas dans la liste&#xa0;; saisissez une partie du nom et choisissez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country: choose the installation&apos;s country.</source>
        <translation>Pays&#xa0;: choisissez le pays de l’installation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must contain digits only (0-9).</source>
        <translation>%1&#xa0;: uniquement des chiffres (0-9).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outbound prefix: type it, or untick “Use the outbound prefix”.</source>
        <translation>Préfixe de sortie&#xa0;: saisissez-le, ou décochez «&#xa0;Utiliser le préfixe de sortie&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a number as a Rainbow user would dial it, e.g. a national number.</source>
        <translation>Saisissez un numéro comme un utilisateur Rainbow le composerait, p. ex. un numéro national.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>International number</source>
        <translation>Numéro international</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number</source>
        <translation>Numéro national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal number</source>
        <translation>Numéro interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a valid number</source>
        <translation>Numéro non valide</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../installer_app/ui/support/domain_text.py" line="+65"/>
        <source>BTCO is not available for OXO Connect Evolution: choose stock mode.</source>
        <translation>Le mode BTCO n’est pas disponible pour OXO Connect Evolution&#xa0;: choisissez le mode stock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the customer company&apos;s Rainbow id.</source>
        <translation>Saisissez l’identifiant Rainbow de l’entreprise cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the customer company.</source>
        <translation>Choisissez l’entreprise cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name must not be empty: name the PBX as on Rainbow.</source>
        <translation>Le nom du serveur ne doit pas être vide&#xa0;: nommez le PBX comme sur Rainbow.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Sign in with the business partner&apos;s admin account.</source>
        <extracomment>Whole messages and terms (field labels, shapes) put into templates.</extracomment>
        <translation>Connectez-vous avec le compte administrateur du Business Partner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure keyring is available on this computer to remember the password.</source>
        <translation>Aucun trousseau sécurisé n’est disponible sur cet ordinateur pour mémoriser le mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring is locked, so the saved Rainbow password cannot be used.</source>
        <translation>Le trousseau du système est verrouillé&#xa0;: le mot de passe Rainbow mémorisé ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring refused to store the Rainbow password.</source>
        <translation>Le trousseau a refusé d’enregistrer le mot de passe Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password at each sign-in, or install/unlock the system keyring (Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet).</source>
        <translation>Saisissez le mot de passe à chaque connexion, ou installez/déverrouillez le trousseau du système (Gestionnaire d’identification Windows, Trousseau d’accès macOS, GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock the keyring (log in to the desktop session) and try again, or type the password.</source>
        <translation>Déverrouillez le trousseau (ouvrez la session du bureau) et réessayez, ou saisissez le mot de passe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record the WebRTC gateway choice, or untick the gateway.</source>
        <translation>Enregistrez le choix de la passerelle WebRTC, ou décochez la passerelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the country of the installation.</source>
        <translation>Choisissez le pays de l’installation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix: type it, or untick &apos;Use the outbound prefix&apos;.</source>
        <translation>Préfixe de sortie&#xa0;: saisissez-le, ou décochez «&#xa0;Utiliser le préfixe de sortie&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installation number must contain digits only (0-9), optionally after a +.</source>
        <translation>Le numéro de l’installation ne doit contenir que des chiffres (0-9), éventuellement précédés d’un +.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to Rainbow first.</source>
        <translation>Connectez-vous d’abord à Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare the PBX first.</source>
        <translation>Déclarez d’abord le PBX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm every step of the PBX configuration.</source>
        <translation>Confirmez chaque étape de la configuration du PBX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet reference</source>
        <translation>Référence de flotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference</source>
        <translation>Référence d’installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National prefix</source>
        <translation>Préfixe national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International prefix</source>
        <translation>Préfixe international</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix</source>
        <translation>Préfixe de sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet reference is required.</source>
        <translation>La référence de flotte est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference is required.</source>
        <translation>La référence d’installation est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 8 letters followed by 1 to 6 digits</source>
        <translation>2 à 8 lettres suivies de 1 à 6 chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 digits, a dot, 4 digits, a dot, 2 digits</source>
        <translation>4 chiffres, un point, 4 chiffres, un point, 2 chiffres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number does not start with a known country calling code.</source>
        <translation>Le numéro ne commence pas par un indicatif de pays connu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is too short for its country: a digit is probably missing.</source>
        <translation>Le numéro est trop court pour son pays&#xa0;: il manque probablement un chiffre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is too long for its country: check the digits and prefixes.</source>
        <translation>Le numéro est trop long pour son pays&#xa0;: vérifiez les chiffres et les préfixes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number has a length its country does not use: check the digits.</source>
        <translation>Le numéro a une longueur que son pays n’utilise pas&#xa0;: vérifiez les chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is incomplete: nothing follows the +.</source>
        <translation>Le numéro est incomplet&#xa0;: rien ne suit le +.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: nothing follows the international prefix.</source>
        <translation>Le numéro est incomplet&#xa0;: rien ne suit le préfixe international.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is incomplete: nothing follows the national prefix.</source>
        <translation>Le numéro est incomplet&#xa0;: rien ne suit le préfixe national.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: nothing follows the country.</source>
        <translation>Le numéro est incomplet&#xa0;: rien ne suit l’indicatif du pays.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number: type a number to see how it is dialed.</source>
        <translation>Numéro&#xa0;: saisissez un numéro pour voir comment il est composé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: type the digits after the +.</source>
        <translation>Le numéro est incomplet&#xa0;: saisissez les chiffres après le +.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number may contain only digits and a leading +; spaces, dots, dashes and parentheses are ignored.</source>
        <translation>Le numéro ne peut contenir que des chiffres et un + au début&#xa0;; les espaces, points, tirets et parenthèses sont ignorés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>International number</source>
        <translation>Numéro international</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty; enter a regular expression, for example ^0321.</source>
        <translation>vide&#xa0;; saisissez une expression régulière, par exemple ^0321.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeats a group that itself repeats or has alternatives, such as (0*)* or (0|00)+, which can take minutes to test one number; write the repetition once, e.g. [0-9]+ or (0|00).</source>
        <translation>répète un groupe qui se répète lui-même ou a des alternatives, comme (0*)* ou (0|00)+, ce qui peut prendre des minutes pour tester un seul numéro&#xa0;; écrivez la répétition une seule fois, par exemple [0-9]+ ou (0|00).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nests its parentheses too deeply; simplify it.</source>
        <translation>imbrique trop de parenthèses&#xa0;; simplifiez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was dialled.</source>
        <translation>Aucun numéro composé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rule matches.</source>
        <translation>Aucune règle ne correspond.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no rules.</source>
        <translation>Il n’y a aucune règle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an international number</source>
        <translation>un numéro international</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a national number</source>
        <translation>un numéro national</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login: %1 is not a business-partner admin on Rainbow, so it cannot manage customer companies.</source>
        <extracomment>Messages with values in them; ``%1``, ``%2``... match any text and are translated in turn.</extracomment>
        <translation>Identifiant&#xa0;: %1 n’est pas administrateur de Business Partner sur Rainbow et ne peut donc pas gérer d’entreprises clientes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required in stock mode.</source>
        <translation>%1&#xa0;: obligatoire en mode stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not have the expected shape: %2, e.g. %3. Check it; if the real reference differs from this shape, use the override.</source>
        <translation>%1&#xa0;: la forme attendue est %2, p. ex. %3. Vérifiez-la&#xa0;; si la vraie référence diffère de cette forme, utilisez la dérogation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fleet reference cannot contain a dash: the dash separates it from the installation reference, e.g. %1.</source>
        <translation>La référence de flotte ne peut pas contenir de tiret&#xa0;: le tiret la sépare de la référence d’installation, p. ex. %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference is required, e.g. %1.</source>
        <translation>La référence est obligatoire, p. ex. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference must be the fleet reference and the installation reference joined by a dash, e.g. %1.</source>
        <translation>La référence doit être la référence de flotte et la référence d’installation reliées par un tiret, p. ex. %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must contain digits only (0-9).</source>
        <translation>%1&#xa0;: uniquement des chiffres (0-9).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is too long: a public number has at most %1 digits.</source>
        <translation>Le numéro est trop long&#xa0;: un numéro public compte au plus %1 chiffres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: canonical form %2.</source>
        <translation>%1&#xa0;: forme canonique %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number (%1)</source>
        <translation>Numéro national (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number without national prefix, read as a national number (%1)</source>
        <translation>Numéro sans préfixe national, lu comme un numéro national (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal number (1 to %1 digits without prefix): the PBX routes it as is; it has no canonical form.</source>
        <translation>Numéro interne (1 à %1 chiffres sans préfixe)&#xa0;: le PBX l’achemine tel quel&#xa0;; il n’a pas de forme canonique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country: %1 is not a known country code; choose a country from the list.</source>
        <translation>Pays&#xa0;: %1 n’est pas un code de pays connu&#xa0;; choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1, pattern: %2</source>
        <translation>Règle %1, motif&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1, replacement: %2</source>
        <translation>Règle %1, remplacement&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1, description: contains a line break or control character; keep it on one line.</source>
        <translation>Règle %1, description&#xa0;: contient un saut de ligne ou un caractère de contrôle&#xa0;; gardez-la sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1, description: %2</source>
        <translation>Règle %1, description&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains the control character(s) %1 (escape sequences, line breaks and the like), which a name or a description never needs; retype it.</source>
        <translation>contient le ou les caractères de contrôle %1 (séquences d’échappement, sauts de ligne, etc.), dont un nom ou une description n’a jamais besoin&#xa0;; ressaisissez-le.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeats %1 times, but a phone number has at most %2 digits; use smaller counts, e.g. [0-9]{1,15}.</source>
        <translation>répète %1 fois, mais un numéro de téléphone a au plus %2 chiffres&#xa0;; utilisez des nombres plus petits, par exemple [0-9]{1,15}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 characters, over Rainbow&apos;s limit of %2; shorten it.</source>
        <translation>%1 caractères, au-delà de la limite de %2 de Rainbow&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid regular expression (%1); check its brackets, parentheses and backslashes.</source>
        <translation>expression régulière non valide (%1)&#xa0;; vérifiez ses crochets, ses parenthèses et ses barres obliques inverses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; escape a literal [ or - inside brackets with \.</source>
        <translation>%1&#xa0;; entre crochets, échappez un [ ou un - littéral avec \.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not support \d; written with %1 instead it is %2 characters, over the limit of %3; shorten it.</source>
        <translation>Rainbow ne prend pas en charge \d&#xa0;; écrit avec %1 à la place, il compte %2 caractères, au-delà de la limite de %3&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow does not support \d; it will be sent as %1.</source>
        <translation>Rainbow ne prend pas en charge \d&#xa0;; il sera envoyé sous la forme %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write %1 instead of %2 to use a group.</source>
        <translation>écrivez %1 au lieu de %2 pour utiliser un groupe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not supported and would be sent as is; put the part you want in parentheses and write $1.</source>
        <translation>%1 n’est pas pris en charge et serait envoyé tel quel&#xa0;; mettez la partie voulue entre parenthèses et écrivez $1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has no group in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 désigne le groupe %2, mais le motif n’a aucun groupe entre parenthèses&#xa0;; ajoutez des parenthèses au motif ou changez le numéro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has only %3 group in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 désigne le groupe %2, mais le motif n’a que %3 groupe entre parenthèses&#xa0;; ajoutez des parenthèses au motif ou changez le numéro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has only %3 groups in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 désigne le groupe %2, mais le motif n’a que %3 groupes entre parenthèses&#xa0;; ajoutez des parenthèses au motif ou changez le numéro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains %1, which a phone cannot dial; use digits, * # +, and $1 to $9 for groups.</source>
        <translation>contient %1, qu’un téléphone ne peut pas composer&#xa0;; utilisez des chiffres, * # +, et $1 à $9 pour les groupes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 numbering rules: Rainbow accepts at most %2; remove or merge %3.</source>
        <translation>%1 règles de numérotation&#xa0;: Rainbow en accepte au plus %2&#xa0;; supprimez-en ou fusionnez-en %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same as rule %1, so it never applies; remove it or change one of them.</source>
        <translation>identique à la règle %1, elle ne s’applique donc jamais&#xa0;; supprimez-la ou modifiez l’une des deux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow would refuse this list: more than %1 rules.</source>
        <translation>Rainbow refuserait cette liste&#xa0;: plus de %1 règles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 was skipped: it has an error.</source>
        <translation>La règle %1 a été ignorée&#xa0;: elle contient une erreur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches: the call is blocked.</source>
        <translation>%1 s’applique&#xa0;: l’appel est bloqué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches: the PBX receives %2.</source>
        <translation>%1 s’applique&#xa0;: le PBX reçoit %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 &quot;%2&quot; (%3 → %4)</source>
        <translation>La règle %1 «&#xa0;%2&#xa0;» (%3 → %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 (%2 → %3)</source>
        <translation>La règle %1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow adds no outbound prefix after a rule: if this number leaves the PBX, write the outbound prefix %1 into the replacement.</source>
        <translation>Rainbow n’ajoute aucun préfixe de sortie après une règle&#xa0;: si ce numéro sort du PBX, écrivez le préfixe de sortie %1 dans le remplacement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow treats it as an internal number: the PBX receives %1.</source>
        <translation>Rainbow le traite comme un numéro interne&#xa0;: le PBX reçoit %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not recognise it: the PBX receives %1 as dialled.</source>
        <translation>Rainbow ne le reconnaît pas&#xa0;: le PBX reçoit %1 tel que composé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow treats it as %1 and adds the outbound prefix %2: the PBX receives %3.</source>
        <translation>Rainbow le traite comme %1 et ajoute le préfixe de sortie %2&#xa0;: le PBX reçoit %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow treats it as %1: the PBX receives %2.</source>
        <translation>Rainbow le traite comme %1&#xa0;: le PBX reçoit %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an international number (+ becomes %1)</source>
        <translation>un numéro international (le + est remplacé par %1)</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_local.py" line="+19"/>
        <source>If it is this PBX&apos;s declaration, take it over (&apos;declare --adopt&apos; on the command line, &apos;Take over…&apos; in the wizard); otherwise delete it in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers) before declaring again, or choose another server name.</source>
        <translation>S’il s’agit de la déclaration de ce PBX, reprenez-la («&#xa0;declare --adopt&#xa0;» en ligne de commande, «&#xa0;Reprendre cette déclaration…&#xa0;» dans l’assistant)&#xa0;; sinon, supprimez-la dans le portail d’administration Rainbow (Customer companies &gt; l’entreprise &gt; Communication &gt; Comm. Servers) avant de déclarer à nouveau, ou choisissez un autre nom de serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The declaration was sent, but whether Rainbow recorded it is unknown: Rainbow could not be reached to check.</source>
        <translation>La déclaration a été envoyée, mais on ne sait pas si Rainbow l’a enregistrée&#xa0;: Rainbow n’a pas pu être joint pour le vérifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the network is back, run the declaration again: it looks for an existing declaration first and never creates a second one.</source>
        <translation>Quand le réseau sera revenu, relancez la déclaration&#xa0;: elle cherche d’abord une déclaration existante et n’en crée jamais une deuxième.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow refuses this PBX to your account.</source>
        <translation>Rainbow refuse l’accès à ce PBX à votre compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, either another business partner has declared this PBX (ask them, or ALE support, to release it), or the company is not one of your customers on Rainbow (sign in with the business-partner admin account that manages it).</source>
        <translation>Vérifiez l’identifiant d’équipement (les références de flotte et d’installation qui identifient ce PBX dans la liste de votre flotte). S’il est correct, soit un autre Business Partner a déclaré ce PBX (demandez-lui, ou au support ALE, de le libérer), soit l’entreprise n’est pas l’une de vos clientes sur Rainbow (connectez-vous avec le compte administrateur du Business Partner qui la gère).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This equipment id is already declared on Rainbow, where your account cannot see it.</source>
        <translation>Cet identifiant d’équipement est déjà déclaré sur Rainbow, là où votre compte ne peut pas le voir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, it was declared by another business partner (or by an account with other rights): ask them, or ALE support, to release it.</source>
        <translation>Vérifiez l’identifiant d’équipement (les références de flotte et d’installation qui identifient ce PBX dans la liste de votre flotte). S’il est correct, il a été déclaré par un autre Business Partner (ou par un compte ayant d’autres droits)&#xa0;: demandez-lui, ou au support ALE, de le libérer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This PBX is already declared on Rainbow for another customer company.</source>
        <translation>Ce PBX est déjà déclaré sur Rainbow pour une autre entreprise cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, this PBX was declared for another company: check the chosen company, or delete the old declaration in the Rainbow admin portal (Customer companies &gt; that company &gt; Communication &gt; Comm. Servers) first.</source>
        <translation>Vérifiez l’identifiant d’équipement (les références de flotte et d’installation qui identifient ce PBX dans la liste de votre flotte). S’il est correct, ce PBX a été déclaré pour une autre entreprise&#xa0;: vérifiez l’entreprise choisie, ou supprimez d’abord l’ancienne déclaration dans le portail d’administration Rainbow (Customer companies &gt; cette entreprise &gt; Communication &gt; Comm. Servers).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several PBXs with this name are already declared on this site.</source>
        <translation>Plusieurs PBX portant ce nom sont déjà déclarés sur ce site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the extra ones in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers), or choose another name.</source>
        <translation>Supprimez ceux en trop dans le portail d’administration Rainbow (Customer companies &gt; l’entreprise &gt; Communication &gt; Comm. Servers), ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the site the PBX belongs to (--site-id on the command line).</source>
        <translation>Choisissez le site auquel appartient le PBX (--site-id en ligne de commande).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer company has no site on Rainbow, and a PBX must belong to a site.</source>
        <translation>L’entreprise cliente n’a aucun site sur Rainbow, et un PBX doit appartenir à un site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agree to create one (--create-site on the command line), or create it in the Rainbow admin portal (Customer companies &gt; the company).</source>
        <translation>Acceptez d’en créer un (--create-site en ligne de commande), ou créez-le dans le portail d’administration Rainbow (Customer companies &gt; l’entreprise).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the company&apos;s Rainbow id (company.id in the installation file): it must be one of your customer companies, and it may have been deleted in the Rainbow admin portal.</source>
        <translation>Vérifiez l’identifiant Rainbow de l’entreprise (company.id dans le fichier d’installation)&#xa0;: ce doit être l’une de vos entreprises clientes, et elle a peut-être été supprimée dans le portail d’administration Rainbow.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The equipment id is not known yet: declare the PBX on Rainbow first.</source>
        <translation>L’identifiant d’équipement n’est pas encore connu&#xa0;: déclarez d’abord le PBX sur Rainbow.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activation code is not known yet: declare the PBX on Rainbow first.</source>
        <translation>Le code d’activation n’est pas encore connu&#xa0;: déclarez d’abord le PBX sur Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let it end (or close the program running it), then run the declaration again: it finds what the other one declared.</source>
        <translation>Laissez-la se terminer (ou fermez le programme qui l’exécute), puis relancez la déclaration&#xa0;: elle retrouve ce que l’autre a déclaré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the equipment id and activation code shown now (enter them in OMC &gt; Cloud &gt; Rainbow). Then make the file writable (free some space, or copy it to a folder you may write to) and declare it again: the declaration is found and recorded.</source>
        <translation>Copiez l’identifiant d’équipement et le code d’activation affichés maintenant (saisissez-les dans OMC &gt; Cloud &gt; Rainbow). Rendez ensuite le fichier accessible en écriture (libérez de la place, ou copiez-le dans un dossier où vous pouvez écrire) et déclarez-le à nouveau&#xa0;: la déclaration est retrouvée et enregistrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was declared. Make the file writable (free some space, or copy it to a folder you may write to), then declare it again.</source>
        <translation>Rien n’a été déclaré. Rendez le fichier accessible en écriture (libérez de la place, ou copiez-le dans un dossier où vous pouvez écrire), puis déclarez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free some space or choose a folder you may write to, then run again: what was done on Rainbow is found again and reused.</source>
        <translation>Libérez de la place ou choisissez un dossier où vous pouvez écrire, puis relancez&#xa0;: ce qui a été fait sur Rainbow est retrouvé et réutilisé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the equipment id and the company; reuse or delete the existing declaration in the Rainbow admin portal first.</source>
        <translation>Vérifiez l’identifiant d’équipement et l’entreprise&#xa0;; réutilisez ou supprimez d’abord la déclaration existante dans le portail d’administration Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account signed in is not a business-partner admin.</source>
        <translation>Le compte connecté n’est pas un administrateur de Business Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the company chosen in the installation, or sign in with the account of the business partner that manages it.</source>
        <translation>Vérifiez l’entreprise choisie dans l’installation, ou connectez-vous avec le compte du Business Partner qui la gère.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one of the company&apos;s sites (--site-id on the command line).</source>
        <translation>Choisissez l’un des sites de l’entreprise (--site-id en ligne de commande).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked once the site is known.</source>
        <translation>Vérifié une fois le site connu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site is new: no system of this name can exist on it.</source>
        <translation>Le site est nouveau&#xa0;: aucun système de ce nom ne peut y exister.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The equipment id is free: a new system would be declared.</source>
        <translation>L’identifiant d’équipement est libre&#xa0;: un nouveau système serait déclaré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system of this name on the site: a new one would be declared.</source>
        <translation>Aucun système de ce nom sur le site&#xa0;: un nouveau serait déclaré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the country of the installation; Rainbow lists the countries it accepts (GET /systems/countries).</source>
        <translation>Vérifiez le pays de l’installation&#xa0;; Rainbow liste les pays qu’il accepte (GET /systems/countries).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by another business partner</source>
        <translation>par un autre Business Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for another customer company</source>
        <translation>pour une autre entreprise cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several times on this site</source>
        <translation>plusieurs fois sur ce site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An installation file must contain a JSON object.</source>
        <translation>Un fichier d’installation doit contenir un objet JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema_version is missing: this is not an installation file, or it was damaged.</source>
        <translation>schema_version est absent&#xa0;: ce n’est pas un fichier d’installation, ou il a été endommagé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery mode: BTCO is not available for OXO Connect Evolution; use stock mode for this PBX.</source>
        <translation>Mode de livraison&#xa0;: BTCO n’est pas disponible pour OXO Connect Evolution&#xa0;; utilisez le mode stock pour ce PBX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow server must be a web address such as https://openrainbow.com.</source>
        <translation>Le serveur Rainbow doit être une adresse web comme https://openrainbow.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbound prefix: &apos;Use the outbound prefix&apos; is ticked but no prefix is given.</source>
        <translation>Préfixe de sortie&#xa0;: «&#xa0;Utiliser le préfixe de sortie&#xa0;» est coché, mais aucun préfixe n’est indiqué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebRTC gateway: confirm the choice (licence_accepted) before enabling it; the licence itself is accepted in the Rainbow admin portal.</source>
        <translation>Passerelle WebRTC&#xa0;: confirmez le choix (licence_accepted) avant de l’activer&#xa0;; la licence elle-même s’accepte dans le portail d’administration Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PBX model</source>
        <translation>Modèle de PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery mode</source>
        <translation>Mode de livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow server</source>
        <translation>Serveur Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Entreprise cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company id</source>
        <translation>Identifiant de l’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC gateway</source>
        <translation>Passerelle WebRTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment id</source>
        <translation>Identifiant d’équipement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Code d’activation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation number</source>
        <translation>Numéro de l’installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Règles de numérotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the outbound prefix</source>
        <translation>Utiliser le préfixe de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference override</source>
        <translation>Dérogation de référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another folder (e.g. the Desktop or Documents).</source>
        <translation>Choisissez un autre dossier (p. ex. le Bureau ou Documents).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not declared</source>
        <translation>Non déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected by a passphrase: open it in the wizard to see its credentials.</source>
        <translation>Protégé par une phrase secrète&#xa0;: ouvrez-le dans l’assistant pour voir ses identifiants.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase holds bytes that are not text in UTF-8 (as set in the environment or typed on a terminal with another encoding); set it again in plain text.</source>
        <translation>La phrase secrète contient des octets qui ne sont pas du texte UTF-8 (telle que définie dans l’environnement ou saisie dans un terminal utilisant un autre encodage)&#xa0;; saisissez-la à nouveau en texte simple.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase is empty: give one to protect the file.</source>
        <translation>La phrase secrète est vide&#xa0;: indiquez-en une pour protéger le fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is wrong, or the protected part does not belong to this file (it was copied from another file, or the PBX model, mode, company, server name or Rainbow server was edited outside the program). Nothing was changed.</source>
        <translation>La phrase secrète est incorrecte, ou la partie protégée n’appartient pas à ce fichier (elle a été copiée d’un autre fichier, ou le modèle de PBX, le mode, l’entreprise, le nom de serveur ou le serveur Rainbow a été modifié en dehors du programme). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This PBX is already declared on Rainbow for this company as &apos;%1&apos;.</source>
        <translation>Ce PBX est déjà déclaré sur Rainbow pour cette entreprise sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer company has %1 sites: %2.</source>
        <translation>L’entreprise cliente a %1 sites&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not know the customer company %1.</source>
        <translation>Rainbow ne connaît pas l’entreprise cliente %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another declaration of this PBX is running on this computer and did not end in time. %1</source>
        <translation>Une autre déclaration de ce PBX est en cours sur cet ordinateur et ne s’est pas terminée à temps. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was declared. Free some space, or set %1 to a folder you may write to, then run again.</source>
        <translation>Rien n’a été déclaré. Libérez de la place, ou faites pointer %1 vers un dossier où vous pouvez écrire, puis relancez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX is declared on Rainbow (system %1), but the installation file cannot be written: %2</source>
        <translation>Le PBX est déclaré sur Rainbow (système %1), mais le fichier d’installation ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PBX is already declared on Rainbow %1.</source>
        <translation>Ce PBX est déjà déclaré sur Rainbow %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for this company as &apos;%1&apos;</source>
        <translation>pour cette entreprise sous le nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1, a business-partner admin.</source>
        <translation>Connecté en tant que %1, administrateur de Business Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer company %1 is not one of this business partner&apos;s customers on Rainbow.</source>
        <translation>L’entreprise cliente %1 n’est pas l’une des clientes de ce Business Partner sur Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, a customer of this business partner.</source>
        <translation>%1, cliente de ce Business Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site %1 of the installation is not a site of this company.</source>
        <translation>Le site %1 de l’installation n’est pas un site de cette entreprise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the company&apos;s only site).</source>
        <translation>%1 (le seul site de l’entreprise).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet: the site &apos;%1&apos; would be created.</source>
        <translation>Aucun pour l’instant&#xa0;: le site «&#xa0;%1&#xa0;» serait créé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already declared for this company as &apos;%1&apos;: declaring would reuse it and send nothing.</source>
        <translation>Déjà déclaré pour cette entreprise sous le nom «&#xa0;%1&#xa0;»&#xa0;: la déclaration le réutiliserait sans rien envoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow accepts the country %1 for a PBX.</source>
        <translation>Rainbow accepte le pays %1 pour un PBX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not accept the country %1 for a PBX.</source>
        <translation>Rainbow n’accepte pas le pays %1 pour un PBX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 numbering rule(s), within Rainbow&apos;s limits (at most %2 rules, patterns of at most %3 characters).</source>
        <translation>%1 règle(s) de numérotation, dans les limites de Rainbow (au plus %2 règles, des motifs d’au plus %3 caractères).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is larger than %2: it is not an installation file (they are a few kilobytes); check the file name.</source>
        <translation>%1 dépasse %2&#xa0;: ce n’est pas un fichier d’installation (ils font quelques kilo-octets)&#xa0;; vérifiez le nom du fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not an installation file.</source>
        <translation>%1 est un dossier, pas un fichier d’installation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be read: permission denied.</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Le fichier %1 ne peut pas être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a text file in UTF-8: is it really an installation file?</source>
        <translation>%1 n’est pas un fichier texte en UTF-8&#xa0;: est-ce vraiment un fichier d’installation&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 n’est pas du JSON valide&#xa0;: %2 à la ligne %3, colonne %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nests its values too deeply to be an installation file; check the file name, or restore the file from a copy.</source>
        <translation>%1 imbrique ses valeurs trop profondément pour être un fichier d’installation&#xa0;; vérifiez le nom du fichier, ou restaurez le fichier depuis une copie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds a number of thousands of digits; an installation file has no such number: check the file name, or restore the file from a copy.</source>
        <translation>%1 contient un nombre de plusieurs milliers de chiffres&#xa0;; un fichier d’installation n’en contient pas&#xa0;: vérifiez le nom du fichier, ou restaurez le fichier depuis une copie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is protected by a passphrase: its equipment id and activation code (and stock references) open only with it.</source>
        <translation>%1 est protégé par une phrase secrète&#xa0;: son identifiant d’équipement et son code d’activation (et les références stock) ne s’ouvrent qu’avec elle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase must have at least %1 characters; a few words are easier to remember and harder to guess.</source>
        <translation>La phrase secrète doit comporter au moins %1 caractères&#xa0;; quelques mots sont plus faciles à retenir et plus difficiles à deviner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The protected part of the file is damaged (%1); use an intact copy of the file.</source>
        <translation>La partie protégée du fichier est endommagée (%1)&#xa0;; utilisez une copie intacte du fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is written in clear text in a protected file; remove the value (it is kept protected) or unprotect the file first.</source>
        <translation>%1 est écrit en clair dans un fichier protégé&#xa0;; retirez la valeur (elle est conservée protégée) ou retirez d’abord la protection du fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required but missing.</source>
        <translation>%1&#xa0;: valeur obligatoire absente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a field of an installation file; remove it.</source>
        <translation>%1&#xa0;: ce n’est pas un champ d’un fichier d’installation&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has the value %2; expected one of: %3.</source>
        <translation>%1 a la valeur %2&#xa0;; valeurs attendues&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be text, in double quotes.</source>
        <translation>%1 doit être un texte, entre guillemets doubles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country is required: use a two-letter ISO code such as FR, DE or GB.</source>
        <translation>Le pays est obligatoire&#xa0;: utilisez un code ISO à deux lettres comme FR, DE ou GB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must not be empty.</source>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be true or false, without quotes.</source>
        <translation>%1 doit valoir true ou false, sans guillemets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a number.</source>
        <translation>%1 doit être un nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a JSON object, in braces { }.</source>
        <translation>%1 doit être un objet JSON, entre accolades { }.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a JSON list, in brackets [ ].</source>
        <translation>%1 doit être une liste JSON, entre crochets [ ].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a date and time such as 2026-01-31T09:30:00Z.</source>
        <translation>%1 doit être une date et une heure comme 2026-01-31T09:30:00Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be valid JSON.</source>
        <translation>%1 doit être du JSON valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is longer than %2 characters; shorten it.</source>
        <translation>%1 dépasse %2 caractères&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has a value of the wrong kind; compare it with a file the program wrote, or enter it again in the wizard.</source>
        <translation>%1 a une valeur d’un type incorrect&#xa0;; comparez-la avec un fichier écrit par le programme, ou saisissez-la à nouveau dans l’assistant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must contain digits only (0-9); remove spaces and other characters.</source>
        <translation>%1&#xa0;: uniquement des chiffres (0-9)&#xa0;; supprimez les espaces et les autres caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains the control character(s) %2 (escape sequences, line breaks and the like), which a name or a description never needs; retype it.</source>
        <translation>%1&#xa0;: contient le ou les caractères de contrôle %2 (séquences d’échappement, sauts de ligne, etc.), dont un nom ou une description n’a jamais besoin&#xa0;; ressaisissez-le.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbering rule %1, %2</source>
        <translation>Règle de numérotation %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: &apos;%1&apos; is not a country code the phone-number data knows; use a two-letter ISO code such as FR, DE or GB.</source>
        <translation>Pays&#xa0;: «&#xa0;%1&#xa0;» n’est pas un code pays connu des données de numérotation&#xa0;; utilisez un code ISO à deux lettres, p. ex. FR, DE ou GB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema_version %1 is not supported by this version of the program (it reads version %2); update the program.</source>
        <translation>schema_version %1 n’est pas pris en charge par cette version du programme (elle lit la version %2)&#xa0;; mettez le programme à jour.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diagnostics file %1 cannot be written: %2.</source>
        <translation>Le fichier de diagnostic %1 ne peut pas être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report %1 cannot be written: %2.</source>
        <translation>Le rapport %1 ne peut pas être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report %1 could not be written: the PDF is empty.</source>
        <translation>Le rapport %1 n’a pas pu être écrit&#xa0;: le PDF est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program on this computer held the lock %1 for %2 s.</source>
        <translation>Un autre programme de cet ordinateur a détenu le verrou %1 pendant %2 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock folder %1 cannot be created: %2.</source>
        <translation>Le dossier de verrous %1 ne peut pas être créé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock file %1 cannot be used: %2.</source>
        <translation>Le fichier de verrou %1 ne peut pas être utilisé&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_remote.py" line="+21"/>
        <source>The Rainbow session has expired.</source>
        <translation>La session Rainbow a expiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow again and repeat the step.</source>
        <translation>Reconnectez-vous à Rainbow et recommencez l’étape.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Rainbow session is no longer valid.</source>
        <translation>La session Rainbow n’est plus valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow again.</source>
        <translation>Reconnectez-vous à Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the login or password.</source>
        <translation>Rainbow a refusé l’identifiant ou le mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the login (the e-mail address of the Rainbow admin account) and the password; they are those of the Rainbow admin portal.</source>
        <translation>Vérifiez l’identifiant (l’adresse e-mail du compte administrateur Rainbow) et le mot de passe&#xa0;; ce sont ceux du portail d’administration Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow refused the application id or application secret.</source>
        <translation>Rainbow a refusé l’identifiant ou le secret de l’application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check both values in the sign-in settings (developers.openrainbow.com &gt; My applications), or leave both empty if you do not use a Rainbow application.</source>
        <translation>Vérifiez les deux valeurs dans les paramètres de connexion (developers.openrainbow.com &gt; My applications), ou laissez-les vides toutes les deux si vous n’utilisez pas d’application Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This company is not one of your customers on Rainbow.</source>
        <translation>Cette entreprise n’est pas l’une de vos clientes sur Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the business-partner admin account that manages this customer company.</source>
        <translation>Connectez-vous avec le compte administrateur du Business Partner qui gère cette entreprise cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This equipment id is already declared on Rainbow.</source>
        <translation>Cet identifiant d’équipement est déjà déclaré sur Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the equipment id (fleet and installation references); if this PBX was declared before, reuse that declaration instead of creating another one.</source>
        <translation>Vérifiez l’identifiant d’équipement (références de flotte et d’installation)&#xa0;; si ce PBX a déjà été déclaré, réutilisez cette déclaration au lieu d’en créer une autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow is receiving too many requests from this account.</source>
        <translation>Rainbow reçoit trop de requêtes de ce compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute, then repeat the step.</source>
        <translation>Attendez une minute, puis recommencez l’étape.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused a value of the request.</source>
        <translation>Rainbow a refusé une valeur de la requête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it and try again.</source>
        <translation>Corrigez-la et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it and retry.</source>
        <translation>Corrigez-la et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the sign-in.</source>
        <translation>Rainbow a refusé la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the login and password, then sign in again.</source>
        <translation>Vérifiez l’identifiant et le mot de passe, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Rainbow account may not do this.</source>
        <translation>Votre compte Rainbow n’a pas le droit de faire cela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not know this object.</source>
        <translation>Rainbow ne connaît pas cet objet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been deleted in the Rainbow admin portal (Customer companies, or Communication &gt; Comm. Servers): refresh the list.</source>
        <translation>Il a peut-être été supprimé dans le portail d’administration Rainbow (Customer companies, ou Communication &gt; Comm. Servers)&#xa0;: actualisez la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow did not receive the request in time.</source>
        <translation>Rainbow n’a pas reçu la requête à temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network and try again.</source>
        <translation>Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This already exists on Rainbow.</source>
        <translation>Cela existe déjà sur Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list and reuse the existing entry.</source>
        <translation>Actualisez la liste et réutilisez l’entrée existante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is too large for Rainbow.</source>
        <translation>La requête est trop volumineuse pour Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the number of rules.</source>
        <translation>Réduisez le nombre de règles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow had an internal problem and did not complete the request.</source>
        <translation>Rainbow a rencontré un problème interne et n’a pas terminé la requête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait a few minutes and try again; check status.openrainbow.com if it persists.</source>
        <translation>Attendez quelques minutes et réessayez&#xa0;; consultez status.openrainbow.com si le problème persiste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow answered with an unexpected error.</source>
        <translation>Rainbow a répondu par une erreur inattendue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it persists, save the log.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, enregistrez le journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PBX name</source>
        <translation>le nom du PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>le site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>l’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX type</source>
        <translation>le type de PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>le pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment id</source>
        <translation>l’identifiant d’équipement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation code</source>
        <translation>le code d’activation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national prefix</source>
        <translation>le préfixe national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>international prefix</source>
        <translation>le préfixe international</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outbound prefix</source>
        <translation>le préfixe de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use of the outbound prefix</source>
        <translation>l’utilisation du préfixe de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rules</source>
        <translation>les règles de numérotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule pattern</source>
        <translation>le motif de la règle de numérotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule replacement</source>
        <translation>le remplacement de la règle de numérotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule description</source>
        <translation>la description de la règle de numérotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system</source>
        <translation>le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system state</source>
        <translation>l’état du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed-in user</source>
        <translation>l’utilisateur connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token renewal</source>
        <translation>le renouvellement du jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in to Rainbow.</source>
        <translation>Non connecté à Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or a guest Wi-Fi login page may be answering instead of Rainbow: open a web browser to check, and check the server address.</source>
        <translation>Un proxy ou la page de connexion d’un Wi-Fi invité répond peut-être à la place de Rainbow&#xa0;: ouvrez un navigateur web pour le vérifier, et vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proxy or antivirus that inspects TLS may be replacing Rainbow&apos;s certificate: add its CA certificate in Settings (custom CA bundle), or ask the network administrator.</source>
        <translation>Un proxy ou un antivirus qui inspecte le TLS remplace peut-être le certificat de Rainbow&#xa0;: ajoutez son certificat d’autorité dans Paramètres (autorités de certification), ou demandez à l’administrateur réseau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the server address and that this computer is connected to the internet.</source>
        <translation>Vérifiez l’adresse du serveur et que cet ordinateur est connecté à Internet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network or Rainbow is slow: try again. A change may still have been applied; the installer checks before repeating it.</source>
        <translation>Le réseau ou Rainbow est lent&#xa0;: réessayez. Une modification a peut-être quand même été appliquée&#xa0;; l’assistant le vérifie avant de la répéter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use an address beginning with https://, e.g. https://openrainbow.com.</source>
        <translation>Utilisez une adresse commençant par https://, p. ex. https://openrainbow.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the network and try again; the installer checks whether a change was applied before repeating it.</source>
        <translation>Vérifiez le réseau et réessayez&#xa0;; l’assistant vérifie si une modification a été appliquée avant de la répéter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a firewall must allow outgoing TCP 443 to openrainbow.com and *.openrainbow.com</source>
        <translation>un pare-feu doit autoriser le TCP 443 sortant vers openrainbow.com et *.openrainbow.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use an https:// address, e.g. https://openrainbow.com or https://sandbox.openrainbow.com.</source>
        <translation>Utilisez une adresse https://, p. ex. https://openrainbow.com ou https://sandbox.openrainbow.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow&apos;s list of countries is not a list.</source>
        <translation>La liste des pays renvoyée par Rainbow n’est pas une liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s sign-in answer has no token.</source>
        <translation>La réponse de Rainbow à la connexion ne contient pas de jeton.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a PEM file holding the CA certificate of your proxy or antivirus (text beginning with -----BEGIN CERTIFICATE-----).</source>
        <translation>Choisissez un fichier PEM contenant le certificat d’autorité de votre proxy ou antivirus (texte commençant par -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy in use</source>
        <translation>Proxy utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the DNS server of this computer (or the guest Wi-Fi&apos;s login page).</source>
        <translation>Vérifiez la connexion réseau et le serveur DNS de cet ordinateur (ou la page de connexion du Wi-Fi invité).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proxy or antivirus that inspects TLS may be replacing Rainbow&apos;s certificate: add its CA certificate in Settings (custom CA bundle).</source>
        <translation>Un proxy ou un antivirus qui inspecte le TLS remplace peut-être le certificat de Rainbow&#xa0;: ajoutez son certificat d’autorité dans Paramètres (autorités de certification).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tried: the name did not resolve.</source>
        <translation>Non essayé&#xa0;: le nom n’a pas été résolu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used: plain HTTP (the sandbox on this computer).</source>
        <translation>Non utilisé&#xa0;: HTTP simple (la sandbox sur cet ordinateur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tried: no TCP connection.</source>
        <translation>Non essayé&#xa0;: pas de connexion TCP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy configured: the program connects directly.</source>
        <translation>Aucun proxy configuré&#xa0;: le programme se connecte directement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment or system settings</source>
        <translation>environnement ou paramètres système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used for this computer&apos;s own addresses (the sandbox)</source>
        <translation>non utilisé pour les adresses de cet ordinateur (la sandbox)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used for this server (exempted)</source>
        <translation>non utilisé pour ce serveur (exempté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used for this server</source>
        <translation>utilisé pour ce serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Activation code&quot; is read-only on this PBX after a successful activation: it is already connected with its code.</source>
        <translation>&quot;Activation code&quot; est en lecture seule sur ce PBX après une activation réussie&#xa0;: il est déjà connecté avec son code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To use another code, reset the connection on Rainbow first.</source>
        <translation>Pour utiliser un autre code, réinitialisez d’abord la connexion sur Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox has no PBX with this CPU serial number.</source>
        <translation>La sandbox n’a aucun PBX avec ce numéro de série de CPU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of the PBXs the sandbox lists.</source>
        <translation>Choisissez l’un des PBX que liste la sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the sandbox is running and that its PBX address is right.</source>
        <translation>Vérifiez que la sandbox fonctionne et que son adresse de PBX est correcte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings may or may not have been applied: read them again before applying.</source>
        <translation>Les réglages ont pu être appliqués ou non&#xa0;: relisez-les avant d’appliquer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the address is the sandbox&apos;s PBX endpoint.</source>
        <translation>Vérifiez que l’adresse est celle des PBX de la sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX did not answer in time.</source>
        <translation>Le PBX de la sandbox n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX could not be reached.</source>
        <translation>Le PBX de la sandbox est injoignable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it persists, restart the sandbox.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, redémarrez la sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s status lacks a readable connection.</source>
        <translation>L’état du PBX de la sandbox n’indique pas de connexion lisible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list holds an unreadable entry.</source>
        <translation>La liste des PBX de la sandbox contient une entrée illisible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list holds an unknown model or mode.</source>
        <translation>La liste des PBX de la sandbox contient un modèle ou un mode inconnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list is not readable.</source>
        <translation>La liste des PBX de la sandbox est illisible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an https:// address, or the sandbox&apos;s pbx_url (http://127.0.0.1:PORT).</source>
        <translation>Utilisez une adresse https://, ou le pbx_url de la sandbox (http://127.0.0.1:PORT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sandbox PBX matches this plan (stock: its references; BTCO: a free PBX).</source>
        <translation>Aucun PBX de la sandbox ne correspond à cette installation (stock&#xa0;: ses références&#xa0;; BTCO&#xa0;: un PBX libre).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the plan&apos;s fleet and installation references against the sandbox&apos;s PBXs.</source>
        <translation>Comparez les références de flotte et d’installation de l’installation avec les PBX de la sandbox.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU serial number</source>
        <translation>le numéro de série du CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings</source>
        <translation>les réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its settings</source>
        <translation>ses réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its PBXs</source>
        <translation>ses PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its status</source>
        <translation>son état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment id: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the equipment id Rainbow showed.</source>
        <translation>Identifiant d’équipement&#xa0;: en mode BTCO, Rainbow le génère lors de la déclaration du PBX&#xa0;; déclarez d’abord le PBX, ou saisissez l’identifiant d’équipement affiché par Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation code: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the activation code Rainbow showed.</source>
        <translation>Code d’activation&#xa0;: en mode BTCO, Rainbow le génère lors de la déclaration du PBX&#xa0;; déclarez d’abord le PBX, ou saisissez le code d’activation affiché par Rainbow.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;Rainbow enabled&quot;: the OMC checklist only enables Rainbow; to disable it, untick the box in OMC yourself.</source>
        <translation>&quot;Rainbow enabled&quot;&#xa0;: la liste de contrôle OMC ne fait qu’activer Rainbow&#xa0;; pour le désactiver, décochez vous-même la case dans OMC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Rainbow PABX-ID&quot;: the value to apply is not the equipment id the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Rainbow PABX-ID&quot;&#xa0;: la valeur à appliquer n’est pas l’identifiant d’équipement affiché par la liste de contrôle OMC&#xa0;; reconstruisez la liste de contrôle à partir de l’installation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Activation code&quot;: the value to apply is not the code the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Activation code&quot;&#xa0;: la valeur à appliquer n’est pas le code affiché par la liste de contrôle OMC&#xa0;; reconstruisez la liste de contrôle à partir de l’installation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Domain name&quot;: the value to apply is not the domain the OMC checklist shows; another domain has to be entered in OMC by hand.</source>
        <translation>&quot;Domain name&quot;&#xa0;: la valeur à appliquer n’est pas le domaine qu’indique la liste de contrôle OMC&#xa0;; un autre domaine doit être saisi à la main dans OMC.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rainbow refused a value of the request: %1.</source>
        <translation>Rainbow a refusé une valeur de la requête&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the %1: %2.</source>
        <translation>Rainbow a refusé %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the %1.</source>
        <translation>Rainbow a refusé %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the %1.</source>
        <translation>Corrigez %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a firewall must allow outgoing TCP %1 to %2</source>
        <translation>un pare-feu doit autoriser le TCP %1 sortant vers %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: son certificat n’est pas approuvé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name %1 could not be found (DNS).</source>
        <translation>Le nom de serveur %1 est introuvable (DNS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 was refused.</source>
        <translation>La connexion à %1 a été refusée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address and port; %1.</source>
        <translation>Vérifiez l’adresse et le port du serveur&#xa0;; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet; %1.</source>
        <translation>Vérifiez que cet ordinateur est connecté à Internet&#xa0;; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer the connection in time.</source>
        <translation>%1 n’a pas répondu à temps à la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network is slow or a firewall drops the traffic; %1. Try again.</source>
        <translation>Le réseau est lent ou un pare-feu bloque le trafic&#xa0;; %1. Réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy refused or failed the connection to %1.</source>
        <translation>Le proxy a refusé ou fait échouer la connexion à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy settings of this computer (or HTTPS_PROXY), and that the proxy allows %1.</source>
        <translation>Vérifiez les paramètres de proxy de cet ordinateur (ou HTTPS_PROXY), et que le proxy autorise %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address for %1 is not usable.</source>
        <translation>L’adresse de serveur pour %1 est inutilisable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 broke before the answer arrived.</source>
        <translation>La connexion à %1 a été coupée avant l’arrivée de la réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange with %1 failed (%2).</source>
        <translation>L’échange avec %1 a échoué (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Rainbow server address &apos;%1&apos; is not usable.</source>
        <translation>L’adresse du serveur Rainbow «&#xa0;%1&#xa0;» est inutilisable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 has no &apos;data&apos;.</source>
        <translation>La réponse de Rainbow concernant %1 ne contient pas de «&#xa0;data&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 has no readable &apos;%2&apos;.</source>
        <translation>La réponse de Rainbow concernant %1 ne contient pas de «&#xa0;%2&#xa0;» lisible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 is not JSON.</source>
        <translation>La réponse de Rainbow concernant %1 n’est pas du JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 is not an object.</source>
        <translation>La réponse de Rainbow concernant %1 n’est pas un objet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s list of %1 entries is not a list.</source>
        <translation>La liste renvoyée par Rainbow concernant %1 n’est pas une liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate file %1 could not be loaded.</source>
        <translation>Le fichier de certificat d’autorité %1 n’a pas pu être chargé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS of %1</source>
        <translation>DNS de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP port %1</source>
        <translation>Port TCP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name could not be resolved (%1).</source>
        <translation>Le nom n’a pas pu être résolu (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolves to %1.</source>
        <translation>Résolu en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to port %1 (%2).</source>
        <translation>Pas de connexion au port %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 port %2.</source>
        <translation>Connecté à %1, port %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network; %1.</source>
        <translation>Vérifiez le réseau&#xa0;; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted (%1).</source>
        <translation>Le certificat du serveur n’est pas approuvé (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handshake failed (%1).</source>
        <translation>La négociation a échoué (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2; trusted.</source>
        <translation>%1, %2&#xa0;; approuvé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate for %1, issued by %2</source>
        <translation>certificat pour %1, émis par %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 proxy %2 (%3), %4.</source>
        <translation>Proxy %1 %2 (%3), %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX refused the %1: %2</source>
        <translation>Le PBX a refusé %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX refused the %1.</source>
        <translation>Le PBX a refusé %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the %1 and apply again.</source>
        <translation>Corrigez %1 et appliquez à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX refused the request (HTTP %1).</source>
        <translation>Le PBX de la sandbox a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s answer about %1 is not JSON.</source>
        <translation>La réponse du PBX de la sandbox concernant %1 n’est pas du JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s answer about %1 is not a JSON object.</source>
        <translation>La réponse du PBX de la sandbox concernant %1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s settings lack a readable %1.</source>
        <translation>Il manque aux réglages du PBX de la sandbox une valeur lisible pour %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX address &apos;%1&apos; is not usable: the PBX settings hold the activation code, and plain http is allowed only to this computer (the sandbox).</source>
        <translation>L’adresse du PBX «&#xa0;%1&#xa0;» est inutilisable&#xa0;: les réglages du PBX contiennent le code d’activation, et le http simple n’est autorisé que vers cet ordinateur (la sandbox).</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_batch.py" line="+19"/>
        <source>The CSV file is not text in UTF-8 or Windows-1252: save it from the spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation>Le fichier CSV n’est pas du texte en UTF-8 ni en Windows-1252&#xa0;: enregistrez-le depuis le tableur au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file is empty: no header row.</source>
        <translation>Le fichier CSV est vide&#xa0;: il n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file has a header row but no PBX rows.</source>
        <translation>Le fichier CSV a une ligne d’en-tête mais aucune ligne de PBX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expecting value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>virgule attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>deux-points attendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>nom de propriété entre guillemets doubles attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterminated string starting at</source>
        <translation>texte entre guillemets non terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid control character at</source>
        <translation>caractère de contrôle invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid \escape</source>
        <translation>séquence d’échappement invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra data</source>
        <translation>données en trop après la fin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, rule %2: must be an object with regexp_match and regexp_replace.</source>
        <translation>%1, règle %2&#xa0;: doit être un objet avec regexp_match et regexp_replace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, rule %2: &apos;%3&apos; is not a rule field; remove it.</source>
        <translation>%1, règle %2&#xa0;: «&#xa0;%3&#xa0;» n’est pas un champ de règle&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: both %3 and %4 are given; keep one.</source>
        <translation>%1, règle %2&#xa0;: %3 et %4 sont tous deux donnés&#xa0;; n’en gardez qu’un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: %3 must be text (in double quotes).</source>
        <translation>%1, règle %2&#xa0;: %3 doit être un texte (entre guillemets doubles).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: regexp_replace is missing; write &quot;&quot; to block the numbers the rule matches.</source>
        <translation>%1, règle %2&#xa0;: regexp_replace manque&#xa0;; écrivez une chaîne vide (deux guillemets doubles) pour bloquer les numéros que la règle reconnaît.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, rule %2: Rainbow does not support \d; written as %3.</source>
        <translation>%1, règle %2&#xa0;: Rainbow ne prend pas en charge \d&#xa0;; écrit sous la forme %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a rules file: its JSON nests too deeply or holds a huge number.</source>
        <translation>%1 n’est pas un fichier de règles&#xa0;: son JSON est trop imbriqué ou contient un nombre énorme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must hold a JSON list of rules, e.g. %2.</source>
        <translation>%1 doit contenir une liste JSON de règles, p. ex. %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In %1: %2</source>
        <translation>Dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file lacks the required column(s) %1 (its header row, read with &apos;%2&apos; as separator, has: %3). Required columns: %4; optional: %5.</source>
        <translation>Il manque au fichier CSV la ou les colonnes obligatoires %1 (sa ligne d’en-tête, lue avec «&#xa0;%2&#xa0;» comme séparateur, contient&#xa0;: %3). Colonnes obligatoires&#xa0;: %4&#xa0;; facultatives&#xa0;: %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header row has column(s) this program does not know: %1; check the spelling or remove them. Known columns: %2.</source>
        <translation>La ligne d’en-tête contient des colonnes que ce programme ne connaît pas&#xa0;: %1&#xa0;; vérifiez l’orthographe ou supprimez-les. Colonnes connues&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 appears twice in the header row; keep one.</source>
        <translation>La colonne %1 figure deux fois dans la ligne d’en-tête&#xa0;; n’en gardez qu’une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file cannot be read near line %1: %2; check its quotes.</source>
        <translation>Le fichier CSV ne peut pas être lu vers la ligne %1&#xa0;: %2&#xa0;; vérifiez ses guillemets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 values where the header row names %2 columns; a value containing the separator &apos;%3&apos; must be in double quotes.</source>
        <translation>%1 valeurs alors que la ligne d’en-tête nomme %2 colonnes&#xa0;; une valeur contenant le séparateur «&#xa0;%3&#xa0;» doit être entre guillemets doubles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same server name as on row %1; each PBX is prepared once.</source>
        <translation>Même nom du serveur qu’à la ligne %1&#xa0;; chaque PBX n’est préparé qu’une fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same fleet and installation references (same PBX) as on row %1; each PBX is prepared once.</source>
        <translation>Mêmes références de flotte et d’installation (même PBX) qu’à la ligne %1&#xa0;; chaque PBX n’est préparé qu’une fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file %1 is larger than %2; check the file name, or split it into several files.</source>
        <translation>Le fichier CSV %1 dépasse %2&#xa0;; vérifiez le nom du fichier, ou répartissez-le en plusieurs fichiers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rules file %1 is larger than %2; check the file name, or split it into several files.</source>
        <translation>Le fichier de règles %1 dépasse %2&#xa0;; vérifiez le nom du fichier, ou répartissez-le en plusieurs fichiers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file %1 does not exist.</source>
        <translation>Le fichier CSV %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 does not exist.</source>
        <translation>Le fichier de règles %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not a rules file.</source>
        <translation>%1 est un dossier, pas un fichier de règles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file %1 cannot be read: %2.</source>
        <translation>Le fichier CSV %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 cannot be read: %2.</source>
        <translation>Le fichier de règles %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 is not text in UTF-8.</source>
        <translation>Le fichier de règles %1 n’est pas du texte en UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists and differs from this row (it may hold a declared PBX&apos;s progress); remove it or choose another output folder (on the command line, --force overwrites it).</source>
        <translation>%1 existe déjà et diffère de cette ligne (il contient peut-être l’avancement d’un PBX déclaré)&#xa0;; supprimez-le ou choisissez un autre dossier de sortie (en ligne de commande, --force l’écrase).</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../installer_app/ui/support/drafts.py" line="+97"/>
        <source>no server name yet</source>
        <extracomment>The last step shown: QWizard forgets its page before it reports being closed.</extracomment>
        <translation>pas encore de nom de serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume the last draft (%1, saved at %2)</source>
        <translation>&amp;Reprendre le dernier brouillon (%1, enregistré à %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume the last draft</source>
        <translation>Reprendre le dernier brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the page you were on, with everything you had entered.</source>
        <translation>Revenir à la page où vous étiez, avec tout ce que vous aviez saisi.</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_view.py" line="+352"/>
        <source>&amp;Fleet view…</source>
        <translation>Vue de la &amp;flotte…</translation>
    </message>
</context>
<context>
    <name>FleetWindow</name>
    <message>
        <location line="-277"/>
        <source>Fleet view – installation files</source>
        <translation>Vue de la flotte – fichiers d’installation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose &amp;folder…</source>
        <translation>Choisir le &amp;dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder of installation files</source>
        <translation>Choisir le dossier des fichiers d’installation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the installations</source>
        <translation>Filtrer les installations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company, server name, equipment id, status</source>
        <translation>Entreprise, nom du serveur, identifiant d’équipement, état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_table.py" line="+63"/>
        <source>Equipment id</source>
        <translation>Identifiant d’équipement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow status</source>
        <translation>État Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX status</source>
        <translation>État du PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Installations</source>
        <translation>Installations</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_view.py" line="+20"/>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh from Rainbow</source>
        <translation>&amp;Actualiser depuis Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in the wizard</source>
        <translation>&amp;Ouvrir dans l’assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load this installation file and show its dashboard</source>
        <translation>Charger ce fichier d’installation et afficher son tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No folder chosen: recent files only</source>
        <translation>Aucun dossier choisi&#xa0;: fichiers récents uniquement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the installation files…</source>
        <translation>Lecture des fichiers d’installation…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading cancelled: %1 of %2 installation files listed.</source>
        <translation>Lecture annulée&#xa0;: %1 fichiers d’installation sur %2 listés.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the statuses on Rainbow…</source>
        <translation>Lecture des états sur Rainbow…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 installation files</source>
        <translation>%1 fichiers d’installation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown</source>
        <translation>%1 affichés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed in to Rainbow: statuses as the files record them</source>
        <translation>non connecté à Rainbow&#xa0;: états tels qu’enregistrés dans les fichiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 read on Rainbow</source>
        <translation>%1 lus sur Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be read</source>
        <translation>%1 illisibles</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The CSV file %1 cannot be written: %2</source>
        <translation>Impossible d’écrire le fichier CSV %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 lignes exportées dans %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Folder of installation files</source>
        <translation>Dossier des fichiers d’installation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the fleet as CSV</source>
        <translation>Exporter la flotte en CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>GatewayDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/gateway_dialog.py" line="+35"/>
        <source>WebRTC gateway: a step in the Rainbow admin portal</source>
        <translation>Passerelle WebRTC&#xa0;: une étape dans le portail d’administration Rainbow</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record the choice</source>
        <translation>&amp;Enregistrer le choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the WebRTC gateway choice</source>
        <translation>Enregistrer le choix de la passerelle WebRTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel: no WebRTC gateway</source>
        <translation>Annuler&#xa0;: pas de passerelle WebRTC</translation>
    </message>
</context>
<context>
    <name>InstallerWizard</name>
    <message>
        <location filename="../installer_app/ui/wizard.py" line="+70"/>
        <source>OXO Connect – Rainbow installer</source>
        <extracomment>The passphrase protecting the opened/saved installation file (memory only). The plan, from the Summary on (see :meth:`installation_plan`); None before. Where an opened installation file resumes, while a page on the way is not done.</extracomment>
        <translation>OXO Connect – Assistant d’installation Rainbow</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;More…</source>
        <translation>P&amp;lus…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save installation file…</source>
        <translation>&amp;Enregistrer le fichier d’installation…</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The declaration on Rainbow is still running. Close anyway? It stops where it is; what you entered is kept as a draft, the next start offers to resume it, and declaring again reuses what Rainbow already has.</source>
        <translation>La déclaration sur Rainbow est encore en cours. Fermer quand même&#xa0;? Elle s’arrête là où elle en est&#xa0;; votre saisie est conservée comme brouillon, le prochain démarrage propose de la reprendre, et une nouvelle déclaration réutilise ce que Rainbow a déjà.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the installer? What you entered is kept as a draft: the next start offers to resume it.</source>
        <translation>Fermer l’assistant&#xa0;? Votre saisie est conservée comme brouillon&#xa0;: le prochain démarrage propose de la reprendre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close the installer</source>
        <translation>&amp;Fermer l’assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go on</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/language_menu.py" line="+45"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used the next time the program starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage du programme.</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <location filename="../installer_app/ui/pages/numbering.py" line="+51"/>
        <location line="+16"/>
        <source>Numbering rules</source>
        <translation>Règles de numérotation</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Rainbow applies the first rule whose pattern matches the dialled number and sends the result to the PBX. An empty replacement blocks the number.</source>
        <translation>Rainbow applique la première règle dont le motif correspond au numéro composé et envoie le résultat au PBX. Un remplacement vide bloque le numéro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Rules, in the order Rainbow tries them:</source>
        <translation>&amp;Règles, dans l’ordre où Rainbow les essaie&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready-made:</source>
        <translation>Prêtes à l’emploi&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Internal numbers</source>
        <translation>Numéros &amp;internes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal numbers of 1–5 digits: %1 → %2</source>
        <translation>Numéros internes de 1 à 5 chiffres&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block a &amp;prefix…</source>
        <translation>Bloquer un pré&amp;fixe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule limit</source>
        <translation>Limite de règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block a prefix problem</source>
        <translation>Problème de blocage de préfixe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problems in the rules</source>
        <translation>Problèmes dans les règles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use [0-9] instead of \d in every pattern</source>
        <translation>Utiliser [0-9] au lieu de \d dans tous les motifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use [0-9] instead of \d</source>
        <translation>Utiliser [0-9] au lieu de \d</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Internal numbers of 1–5 digits</source>
        <translation>Numéros internes de 1 à 5 chiffres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Block a prefix</source>
        <translation>Bloquer un préfixe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls to numbers starting with this prefix will be blocked (e.g. 0800):</source>
        <translation>Les appels vers les numéros commençant par ce préfixe seront bloqués (p. ex. 0800)&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Block a prefix: “%1” is not a prefix; type digits (and * # +), e.g. 0800.</source>
        <translation>Bloquer un préfixe&#xa0;: «&#xa0;%1&#xa0;» n’est pas un préfixe&#xa0;; saisissez des chiffres (et * # +), p. ex. 0800.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Block numbers starting with %1</source>
        <translation>Bloquer les numéros commençant par %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Rainbow accepts at most %1 numbering rules: remove one to add another.</source>
        <translation>Rainbow accepte au plus %1 règles de numérotation&#xa0;: supprimez-en une pour en ajouter une autre.</translation>
    </message>
</context>
<context>
    <name>OmcChecklist</name>
    <message>
        <location filename="../installer_app/pbx/omc_checklist.py" line="+52"/>
        <source>Default PBX address</source>
        <translation>Adresse par défaut du PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow PABX-ID</source>
        <translation>Rainbow PABX-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Code d’activation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name</source>
        <translation>Nom de domaine</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to the PBX with OMC</source>
        <extracomment>Values a step shows besides its own, to compare in OMC (stock mode&apos;s final check shows the activation code, which is the same joined references as &quot;Rainbow PABX-ID&quot;).</extracomment>
        <translation>Se connecter au PBX avec OMC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start OMC on a computer on the customer&apos;s network and connect to the PBX. The main CPU&apos;s default address is 192.168.92.246. At the first login OMC asks for new admin passwords: change them and keep them somewhere safe.</source>
        <translation>Lancez OMC sur un ordinateur du réseau du client et connectez-vous au PBX. L’adresse par défaut de la CPU principale est 192.168.92.246. À la première connexion, OMC demande de nouveaux mots de passe administrateur&#xa0;: changez-les et conservez-les en lieu sûr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch to Expert View</source>
        <translation>Passer en Expert View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Rainbow settings are only in OMC&apos;s Expert View.</source>
        <translation>Les paramètres Rainbow se trouvent uniquement dans l’Expert View d’OMC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Cloud &gt; Rainbow</source>
        <translation>Ouvrir Cloud &gt; Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Expert View, open Cloud, then Rainbow.</source>
        <translation>Dans l’Expert View, ouvrez Cloud, puis Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick &quot;Rainbow enabled&quot;</source>
        <translation>Cocher &quot;Rainbow enabled&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lets the PBX open its link to Rainbow.</source>
        <translation>Cela permet au PBX d’ouvrir sa liaison avec Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the &quot;Rainbow PABX-ID&quot;</source>
        <translation>Saisir le &quot;Rainbow PABX-ID&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the &quot;Activation code&quot;</source>
        <translation>Saisir l’&quot;Activation code&quot;</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Replace what the field shows (by default the CPU serial number) with the equipment id shown here, exactly as written.</source>
        <translation>Remplacez le contenu du champ (par défaut le numéro de série de la CPU) par l’identifiant d’équipement affiché ici, exactement tel qu’il est écrit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the activation code shown here, exactly as written. It is secret: do not write it down anywhere else. Once the PBX has connected and received its login password, OMC greys out &quot;Activation code&quot;: that is expected.</source>
        <translation>Saisissez le code d’activation affiché ici, exactement tel qu’il est écrit. Il est secret&#xa0;: ne le notez nulle part ailleurs. Une fois le PBX connecté et son mot de passe de connexion reçu, OMC grise &quot;Activation code&quot;&#xa0;: c’est normal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave &quot;Domain name&quot; at openrainbow.com</source>
        <translation>Laisser &quot;Domain name&quot; à openrainbow.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX connects to Rainbow at this address: do not change it. If someone did, put openrainbow.com back.</source>
        <translation>Le PBX se connecte à Rainbow à cette adresse&#xa0;: ne la modifiez pas. Si quelqu’un l’a fait, remettez openrainbow.com.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click Apply</source>
        <translation>Cliquer sur Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OMC sends the settings to the PBX.</source>
        <translation>OMC envoie les paramètres au PBX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm with Yes</source>
        <translation>Confirmer par Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OMC asks before applying the settings: answer Yes.</source>
        <translation>OMC demande confirmation avant d’appliquer les paramètres&#xa0;: répondez Yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait for &quot;Connected&quot;</source>
        <translation>Attendre &quot;Connected&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status on the Cloud &gt; Rainbow page turns to Connected, and Rainbow then shows Running; this can take a few minutes. If it does not, check that the activation code was entered exactly, and that the PBX is allowed out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>L’état de la page Cloud &gt; Rainbow passe à Connected, puis Rainbow affiche Running&#xa0;; cela peut prendre quelques minutes. Sinon, vérifiez que le code d’activation a été saisi exactement, et que le PBX est autorisé à sortir en TCP 443 vers openrainbow.com, *.openrainbow.com et openrainbow.io.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to configure on the PBX</source>
        <translation>Rien à configurer sur le PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock mode Rainbow is enabled on the PBX by default and its parameters fill in automatically: leave OMC&apos;s Cloud &gt; Rainbow page as it is.</source>
        <translation>En mode stock, Rainbow est activé par défaut sur le PBX et ses paramètres se remplissent automatiquement&#xa0;: laissez la page Cloud &gt; Rainbow d’OMC telle quelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Power the PBX and cable it</source>
        <translation>Alimenter et câbler le PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the PBX is powered on and cabled to the customer&apos;s network, which must reach the internet.</source>
        <translation>Assurez-vous que le PBX est sous tension et câblé au réseau du client, qui doit avoir accès à internet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Let the PBX out on TCP 443</source>
        <translation>Laisser sortir le PBX en TCP 443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s firewall must allow outgoing TCP 443 from the PBX to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>Le pare-feu du client doit autoriser le TCP 443 sortant du PBX vers openrainbow.com, *.openrainbow.com et openrainbow.io.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the web proxy in OMC, if the site has one</source>
        <translation>Renseigner le proxy web dans OMC, si le site en a un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the site reaches the internet through a web proxy, enter it in OMC under Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy; the proxy must let the PBX&apos;s secure WebSocket (WSS) through. Without a proxy there is nothing to do.</source>
        <translation>Si le site accède à internet via un proxy web, renseignez-le dans OMC sous Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy&#xa0;; le proxy doit laisser passer le WebSocket sécurisé (WSS) du PBX. Sans proxy, il n’y a rien à faire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait for the PBX to connect</source>
        <translation>Attendre la connexion du PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow shows Running once the PBX is connected; this can take a few minutes.</source>
        <translation>Rainbow affiche Running une fois le PBX connecté&#xa0;; cela peut prendre quelques minutes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check in OMC (Expert View &gt; Cloud &gt; Rainbow)</source>
        <translation>Vérifier dans OMC (Expert View &gt; Cloud &gt; Rainbow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with the values shown here: &quot;Rainbow enabled&quot; is ticked, &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot; both hold the fleet and installation references joined by a dash, and the status shows Connected. Once the PBX has connected and received its login password, OMC greys out &quot;Activation code&quot;: that is expected.</source>
        <translation>Comparez avec les valeurs affichées ici&#xa0;: &quot;Rainbow enabled&quot; est coché, &quot;Rainbow PABX-ID&quot; et &quot;Activation code&quot; contiennent tous deux les références de flotte et d’installation reliées par un tiret, et l’état affiche Connected. Une fois le PBX connecté et son mot de passe de connexion reçu, OMC grise &quot;Activation code&quot;&#xa0;: c’est normal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set &quot;Domain name&quot; to the value shown here</source>
        <extracomment>The domain step when the platform is not production: the domain is entered, not left.</extracomment>
        <translation>Saisir dans &quot;Domain name&quot; la valeur affichée ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX connects to the Rainbow platform chosen at this address. It is inferred from the server&apos;s address (only openrainbow.com is documented): if the PBX does not connect, check the value with ALE support.</source>
        <translation>Le PBX se connecte à la plateforme Rainbow choisie à cette adresse. Elle est déduite de l’adresse du serveur (seul openrainbow.com est documenté)&#xa0;: si le PBX ne se connecte pas, vérifiez la valeur auprès du support ALE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Equipment id: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the equipment id Rainbow showed.</source>
        <translation>Identifiant d’équipement&#xa0;: en mode BTCO, Rainbow le génère lors de la déclaration du PBX&#xa0;; déclarez d’abord le PBX, ou saisissez l’identifiant d’équipement affiché par Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation code: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the activation code Rainbow showed.</source>
        <translation>Code d’activation&#xa0;: en mode BTCO, Rainbow le génère lors de la déclaration du PBX&#xa0;; déclarez d’abord le PBX, ou saisissez le code d’activation affiché par Rainbow.</translation>
    </message>
    <message>
        <location filename="../installer_app/pbx/guided.py" line="+57"/>
        <source>&quot;Rainbow enabled&quot;: the OMC checklist only enables Rainbow; to disable it, untick the box in OMC yourself.</source>
        <translation>&quot;Rainbow enabled&quot;&#xa0;: la liste de contrôle OMC ne fait qu’activer Rainbow&#xa0;; pour le désactiver, décochez vous-même la case dans OMC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Rainbow PABX-ID&quot;: the value to apply is not the equipment id the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Rainbow PABX-ID&quot;&#xa0;: la valeur à appliquer n’est pas l’identifiant d’équipement affiché par la liste de contrôle OMC&#xa0;; reconstruisez la liste de contrôle à partir de l’installation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Activation code&quot;: the value to apply is not the code the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Activation code&quot;&#xa0;: la valeur à appliquer n’est pas le code affiché par la liste de contrôle OMC&#xa0;; reconstruisez la liste de contrôle à partir de l’installation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Domain name&quot;: the value to apply is not the domain the OMC checklist shows; another domain has to be entered in OMC by hand.</source>
        <translation>&quot;Domain name&quot;&#xa0;: la valeur à appliquer n’est pas le domaine qu’indique la liste de contrôle OMC&#xa0;; un autre domaine doit être saisi à la main dans OMC.</translation>
    </message>
</context>
<context>
    <name>PbxConfigPage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx_config.py" line="+48"/>
        <source>PBX configuration</source>
        <translation>Configuration du PBX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox PBX</source>
        <translation>PBX de la sandbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Push the settings to the PBX</source>
        <translation>&amp;Envoyer les paramètres au PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push the settings to the PBX</source>
        <translation>Envoyer les paramètres au PBX</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Values to enter in OMC</source>
        <translation>Valeurs à saisir dans OMC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In OMC</source>
        <translation>Dans OMC</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stock mode: nothing to configure on the PBX; check these points.</source>
        <extracomment>The copy fields by step id (&quot;step/1&quot; for a step&apos;s second value, and so on). The step the next page watches (the PBX connecting): shown, never ticked by hand.</extracomment>
        <translation>Mode stock&#xa0;: rien à configurer sur le PBX&#xa0;; vérifiez ces points.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the values in OMC (Expert View &gt; Cloud &gt; Rainbow), step by step.</source>
        <translation>Saisissez les valeurs dans OMC (Expert View &gt; Cloud &gt; Rainbow), étape par étape.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>✔ %1: the PBX reads Connected.</source>
        <translation>✔ %1&#xa0;: le PBX indique Connected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the next page watches this for you.</source>
        <translation>%1&#xa0;: la page suivante le surveille pour vous.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pushing…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied: Rainbow enabled, PABX-ID set; PBX connection: %1</source>
        <translation>Appliqué&#xa0;: Rainbow activé, PABX-ID renseigné&#xa0;; connexion du PBX&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PbxModePage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx_mode.py" line="+16"/>
        <source>PBX and delivery mode</source>
        <translation>PBX et mode de livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which PBX is it, and how did it reach the customer?</source>
        <translation>De quel PBX s’agit-il, et comment est-il arrivé chez le client&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PBX model</source>
        <translation>Modèle de PBX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OXO &amp;Connect</source>
        <translation>OXO &amp;Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OXO Connect &amp;Evolution</source>
        <translation>OXO Connect &amp;Evolution</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivery mode</source>
        <translation>Mode de livraison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stock</source>
        <translation>St&amp;ock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock mode</source>
        <translation>Mode stock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX comes from your fleet with generic software: you type its fleet and installation references, and nothing needs configuring on the PBX.</source>
        <translation>Le PBX provient de votre flotte avec un logiciel générique&#xa0;: vous saisissez ses références de flotte et d’installation, et rien n’est à configurer sur le PBX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;TCO (Build To Customer Order)</source>
        <translation>B&amp;TCO (Build To Customer Order)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BTCO (Build To Customer Order) mode</source>
        <translation>Mode BTCO (Build To Customer Order)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX was built to order: Rainbow generates its equipment id and activation code, which you then enter in OMC (Expert View &gt; Cloud &gt; Rainbow).</source>
        <translation>Le PBX a été fabriqué sur commande&#xa0;: Rainbow génère son identifiant d’équipement et son code d’activation, que vous saisissez ensuite dans OMC (Expert View &gt; Cloud &gt; Rainbow).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BTCO is not available for OXO Connect Evolution: use stock mode.</source>
        <translation>Le mode BTCO n’est pas disponible pour OXO Connect Evolution&#xa0;: utilisez le mode stock.</translation>
    </message>
</context>
<context>
    <name>PbxPage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx.py" line="+45"/>
        <source>PBX on Rainbow</source>
        <translation>PBX sur Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the PBX is named on Rainbow, and whether the WebRTC gateway is wanted.</source>
        <translation>Le nom du PBX sur Rainbow, et si la passerelle WebRTC est souhaitée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX&apos;s name in the Rainbow portal, as the customer will see it.</source>
        <translation>Le nom du PBX dans le portail Rainbow, tel que le client le verra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server name:</source>
        <translation>&amp;Nom du serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server name problem</source>
        <translation>Problème de nom du serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebRTC gateway</source>
        <translation>Passerelle WebRTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;WebRTC gateway is wanted</source>
        <translation>La passerelle &amp;WebRTC est souhaitée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WebRTC gateway is wanted</source>
        <translation>La passerelle WebRTC est souhaitée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway lets Rainbow users call through this PBX from a browser or the Rainbow application. It is activated in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server), where its licence agreement is accepted; this program records the choice and puts that step in the report. It can also be done later.</source>
        <translation>La passerelle permet aux utilisateurs Rainbow d’appeler via ce PBX depuis un navigateur ou l’application Rainbow. Elle s’active dans le portail d’administration Rainbow (Customer companies &gt; l’entreprise &gt; Communication &gt; Comm. Servers &gt; le serveur), où l’on accepte son contrat de licence&#xa0;; ce programme enregistre le choix et reporte cette étape dans le rapport. Cela peut aussi se faire plus tard.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choice recorded on %1 UTC. Activate the gateway in the Rainbow admin portal.</source>
        <translation>Choix enregistré le %1 UTC. Activez la passerelle dans le portail d’administration Rainbow.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>e.g. %1 OXO</source>
        <translation>p. ex. %1 OXO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Head office OXO</source>
        <translation>p. ex. OXO Siège</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (declared on Rainbow as type oxo)</source>
        <translation>%1 (déclaré sur Rainbow avec le type oxo)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Server name must not be empty: name the PBX as on Rainbow.</source>
        <translation>Le nom du serveur ne doit pas être vide&#xa0;: nommez le PBX comme sur Rainbow.</translation>
    </message>
</context>
<context>
    <name>PbxWords</name>
    <message>
        <location filename="../installer_app/ui/support/pbx_words.py" line="+16"/>
        <source>%1 (this program&apos;s reading)</source>
        <extracomment>%1 is a PBX link state this program reads, e.g. &quot;Connecting&quot;; OMC does not show it.</extracomment>
        <translation>%1 (lecture de ce programme)</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <location filename="../installer_app/domain/portal.py" line="+25"/>
        <source>In the Rainbow admin portal this PBX is in Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, in the equipment list as %2 (Server type &quot;OXO Connect&quot;).</source>
        <translation>Dans le portail d’administration Rainbow, ce PBX se trouve dans Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, dans la liste des équipements (equipment list) sous le nom %2 (Server type &quot;OXO Connect&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the Rainbow admin portal this PBX is in Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, in the equipment list as %2 (Server type &quot;OXO Connect&quot;). Its Connection tab, &quot;Specify equipment ID and activation code&quot;, holds the joined fleet and installation references.</source>
        <translation>Dans le portail d’administration Rainbow, ce PBX se trouve dans Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, dans la liste des équipements (equipment list) sous le nom %2 (Server type &quot;OXO Connect&quot;). Son onglet Connection, &quot;Specify equipment ID and activation code&quot;, contient les références de flotte et d’installation réunies.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WebRTC gateway: chosen, but not activated by this program (no public Rainbow interface activates it). In the Rainbow admin portal open Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, activate the WebRTC gateway there and accept its licence agreement.</source>
        <translation>Passerelle WebRTC&#xa0;: choisie, mais pas activée par ce programme (aucune interface publique de Rainbow ne l’active). Dans le portail d’administration Rainbow, ouvrez Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, activez-y la passerelle WebRTC et acceptez son contrat de licence.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installation number %3: not sent to Rainbow (no public API field is known for it). Enter it in the Rainbow admin portal: Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, &quot;Dialing information&quot;.</source>
        <translation>Numéro de l’installation %3&#xa0;: non envoyé à Rainbow (aucun champ d’API public n’est connu pour lui). Saisissez-le dans le portail d’administration Rainbow&#xa0;: Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, &quot;Dialing information&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Once the PBX is activated, Rainbow no longer returns its activation code: it cannot be read back. To get a new code, use &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2): the PBX disconnects from Rainbow until the new code is entered in OMC.</source>
        <translation>Une fois le PBX activé, Rainbow ne renvoie plus son code d’activation&#xa0;: il ne peut plus être relu. Pour obtenir un nouveau code, utilisez &quot;Reset connection&quot; dans le portail d’administration Rainbow (Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2)&#xa0;: le PBX se déconnecte de Rainbow jusqu’à ce que le nouveau code soit saisi dans OMC.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent to Rainbow: no public API field is known for it. Enter it in the Rainbow admin portal&apos;s &quot;Dialing information&quot; of this server; the report reminds you.</source>
        <translation>Non envoyé à Rainbow&#xa0;: aucun champ d’API public n’est connu pour lui. Saisissez-le dans les &quot;Dialing information&quot; de ce serveur, dans le portail d’administration Rainbow&#xa0;; le rapport vous le rappelle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This program cannot activate the gateway: no public Rainbow interface does. Your choice is recorded and shown in the report; activate the gateway in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server), where its licence agreement is shown for you to accept.</source>
        <translation>Ce programme ne peut pas activer la passerelle&#xa0;: aucune interface publique de Rainbow ne le fait. Votre choix est enregistré et figure dans le rapport&#xa0;; activez la passerelle dans le portail d’administration Rainbow (Customer companies &gt; l’entreprise &gt; Communication &gt; Comm. Servers &gt; le serveur), où son contrat de licence vous est présenté pour acceptation.</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../installer_app/ui/widgets/preflight_panel.py" line="+71"/>
        <source>Chec&amp;k before declaring</source>
        <translation>&amp;Vérifier avant de déclarer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check before declaring</source>
        <translation>Vérifier avant de déclarer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask Rainbow, without changing anything, whether the declaration would go through.</source>
        <translation>Demander à Rainbow, sans rien modifier, si la déclaration aboutirait.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show the &amp;request</source>
        <translation>Afficher la &amp;requête</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request the declaration would send</source>
        <translation>La requête que la déclaration enverrait</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the declaration would send to Rainbow, secrets masked:</source>
        <translation>Ce que la déclaration enverrait à Rainbow, secrets masqués&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Complete the installation to check it.</source>
        <translation>Complétez l’installation pour la vérifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to Rainbow to check.</source>
        <translation>Connectez-vous à Rainbow pour vérifier.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Asking Rainbow (nothing is changed)…</source>
        <translation>Interrogation de Rainbow (rien n’est modifié)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Entreprise cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX on Rainbow</source>
        <translation>PBX sur Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Règles de numérotation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The declaration would go through.</source>
        <translation>La déclaration aboutirait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The declaration would not go through: see the problems below.</source>
        <translation>La déclaration n’aboutirait pas&#xa0;: voir les problèmes ci-dessous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX is already declared for this company: nothing would be sent.</source>
        <translation>Le PBX est déjà déclaré pour cette entreprise&#xa0;: rien ne serait envoyé.</translation>
    </message>
</context>
<context>
    <name>RainbowAccountForm</name>
    <message>
        <location filename="../installer_app/ui/widgets/rainbow_account_form.py" line="+56"/>
        <source>Rainbow server in use</source>
        <translation>Serveur Rainbow utilisé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo account of the embedded sandbox: its login, password and application are filled in. Nothing you do here reaches the real Rainbow.</source>
        <translation>Compte de démonstration de la sandbox intégrée&#xa0;: identifiant, mot de passe et application sont préremplis. Rien de ce que vous faites ici n’atteint le vrai Rainbow.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Rainbow server problem</source>
        <translation>Problème de serveur Rainbow</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo account of the embedded sandbox: you changed its login or password. &lt;a href=&quot;#demo&quot;&gt;Fill in the demo account again&lt;/a&gt;.</source>
        <translation>Compte de démonstration de la sandbox intégrée&#xa0;: vous avez modifié son identifiant ou son mot de passe. &lt;a href=&quot;#demo&quot;&gt;Remplir à nouveau le compte de démonstration&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rainbow admin account</source>
        <translation>Compte administrateur Rainbow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow login (e-mail)</source>
        <translation>Identifiant Rainbow (e-mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login problem</source>
        <translation>Problème d’identifiant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rainbow password</source>
        <translation>Mot de passe Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password problem</source>
        <translation>Problème de mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keyring</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password and application secret are kept in the operating system&apos;s keyring (never in a file), for this server and login.</source>
        <translation>Le mot de passe et le secret d’application sont conservés dans le trousseau du système d’exploitation (jamais dans un fichier), pour ce serveur et cet identifiant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyring problem</source>
        <translation>Problème de trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session &amp;only</source>
        <translation>Mémoriser pour cette session &amp;uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session only</source>
        <translation>Mémoriser pour cette session uniquement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in memory until the program closes, never written anywhere: type the password again at the next start.</source>
        <translation>Conservé en mémoire jusqu’à la fermeture du programme, jamais écrit nulle part&#xa0;: saisissez à nouveau le mot de passe au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Login (e-mail):</source>
        <translation>&amp;Identifiant (e-mail)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>M&amp;ot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A&amp;dvanced: Rainbow application</source>
        <translation>Avancé&#xa0;: application &amp;Rainbow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if your account signs in through a Rainbow application (developers.openrainbow.com &gt; My applications). Otherwise leave both empty.</source>
        <translation>Uniquement si votre compte se connecte via une application Rainbow (developers.openrainbow.com &gt; My applications). Sinon, laissez les deux champs vides.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application id</source>
        <translation>Identifiant d’application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application secret</source>
        <translation>Secret d’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application problem</source>
        <translation>Problème d’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application &amp;id:</source>
        <translation>Identifiant d’appli&amp;cation&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application s&amp;ecret:</source>
        <translation>S&amp;ecret d’application&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sign in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow</source>
        <translation>Se connecter à Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel sign-in</source>
        <translation>&amp;Annuler la connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in result</source>
        <translation>Résultat de la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyring warning</source>
        <translation>Avertissement du trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Login: type the e-mail address of the admin account.</source>
        <translation>Identifiant&#xa0;: saisissez l’adresse e-mail du compte administrateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login: a Rainbow login is an e-mail address, e.g. name@partner.com.</source>
        <translation>Identifiant&#xa0;: un identifiant Rainbow est une adresse e-mail, p. ex. nom@partenaire.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password: type the password of this account.</source>
        <translation>Mot de passe&#xa0;: saisissez le mot de passe de ce compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application: type both the application id and its secret, or neither.</source>
        <translation>Application&#xa0;: saisissez l’identifiant de l’application et son secret, ou aucun des deux.</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <location filename="../installer_app/ui/dialogs/report_action.py" line="+97"/>
        <location line="+1"/>
        <source>&amp;Handover report…</source>
        <translation>&amp;Rapport de remise…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the handover report</source>
        <translation>Rédiger le rapport de remise</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The handover report needs a complete installation:</source>
        <translation>Le rapport de remise nécessite une installation complète&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The handover report was saved to %1.</source>
        <translation>Le rapport de remise a été enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the handover report</source>
        <translation>Enregistrer le rapport de remise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover report</source>
        <translation>Rapport de remise</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../installer_app/ui/support/report_pdf.py" line="+77"/>
        <source>Handover report – %1</source>
        <translation>Rapport de remise – %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No numbering rules: Rainbow&apos;s own analysis applies.</source>
        <translation>Aucune règle de numérotation&#xa0;: l’analyse propre à Rainbow s’applique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX receives</source>
        <translation>Le PBX reçoit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no example</source>
        <translation>aucun exemple</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(rule %1 applies first)</source>
        <translation>(la règle %1 s’applique d’abord)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(blocks)</source>
        <translation>(bloque)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No status change recorded yet.</source>
        <translation>Aucun changement d’état enregistré pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Rainbow</source>
        <translation>Rainbow</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+74"/>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+86"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>chosen: to activate in the Rainbow admin portal (see below)</source>
        <translation>choisie&#xa0;: à activer dans le portail d’administration Rainbow (voir ci-dessous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen</source>
        <translation>non choisie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not sent to Rainbow: enter it in the portal&apos;s Dialing information</source>
        <translation>non envoyé à Rainbow&#xa0;: à saisir dans les Dialing information du portail</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known yet (generated by Rainbow at declaration)</source>
        <translation>pas encore connu (généré par Rainbow lors de la déclaration)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(name not recorded)</source>
        <translation>(nom non enregistré)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer company</source>
        <translation>Entreprise cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery mode</source>
        <translation>Mode de livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC gateway</source>
        <translation>Passerelle WebRTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow server</source>
        <translation>Serveur Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment id</source>
        <translation>Identifiant d’équipement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Code d’activation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialing</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National prefix</source>
        <translation>Préfixe national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International prefix</source>
        <translation>Préfixe international</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix</source>
        <translation>Préfixe de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation number</source>
        <translation>Numéro de l’installation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbering rules</source>
        <translation>Règles de numérotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do in the Rainbow admin portal</source>
        <translation>À faire dans le portail d’administration Rainbow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PBX (OMC)</source>
        <translation>PBX (OMC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow system</source>
        <translation>Système Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX configured</source>
        <translation>PBX configuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified (Running and Connected)</source>
        <translation>Vérifié (Running et Connected)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Handover report</source>
        <translation>Rapport de remise</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 on Rainbow, for %2.</source>
        <translation>%1 sur Rainbow, pour %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/report_action.py" line="-112"/>
        <source>Handover report</source>
        <translation>Rapport de remise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, as the customer knows you</source>
        <translation>Votre nom, tel que le client le connaît</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Technician:</source>
        <translation>&amp;Technicien&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show the activation code in the report</source>
        <translation>&amp;Afficher le code d’activation dans le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the activation code in the report</source>
        <translation>Afficher le code d’activation dans le rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Masked by default: the report is usually handed to the customer.</source>
        <translation>Masqué par défaut&#xa0;: le rapport est généralement remis au client.</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <location filename="../installer_app/ui/widgets/rule_tester.py" line="+39"/>
        <source>Tester</source>
        <extracomment>Longest number the tester accepts.</extracomment>
        <translation>Testeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number to test</source>
        <translation>Numéro à tester</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number as a Rainbow user dials it (up to %1 characters)</source>
        <translation>Un numéro tel qu’un utilisateur Rainbow le compose (jusqu’à %1 caractères)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test a number:</source>
        <translation>&amp;Tester un numéro&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type a number to see what the PBX receives.</source>
        <translation>Saisissez un numéro pour voir ce que le PBX reçoit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule %1 matched → blocked: the call is not placed.</source>
        <translation>Règle %1 appliquée → bloqué&#xa0;: l’appel n’est pas passé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule %1 matched → %2</source>
        <translation>Règle %1 appliquée → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rule matched: default analysis → %1</source>
        <translation>Aucune règle ne correspond&#xa0;: analyse par défaut → %1</translation>
    </message>
</context>
<context>
    <name>RulesTable</name>
    <message>
        <location filename="../installer_app/ui/widgets/rules_table.py" line="+46"/>
        <source>Pattern</source>
        <extracomment>Which column shows which Rainbow field.</extracomment>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/settings_dialog.py" line="+74"/>
        <source>Settings</source>
        <extracomment>QSettings key: path of the custom CA bundle (PEM); absent when none. QSettings key of the interface language (shared with the &quot;Language…&quot; entry); next start.</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear copied activation codes from the clipboard after 60 s</source>
        <translation>&amp;Effacer du presse-papiers les codes d’activation copiés après 60 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear copied activation codes from the clipboard after 60 seconds</source>
        <translation>Effacer du presse-papiers les codes d’activation copiés après 60 secondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only when the clipboard still holds the code: anything copied since stays.</source>
        <translation>Uniquement si le presse-papiers contient encore le code&#xa0;: tout ce qui a été copié depuis est conservé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only on networks whose proxy or antivirus inspects TLS: the PEM file of its CA certificate (ask the network administrator). It is trusted in addition to the usual authorities, from the next sign-in.</source>
        <translation>Uniquement sur les réseaux dont le proxy ou l’antivirus inspecte le TLS&#xa0;: le fichier PEM de son certificat d’autorité (demandez-le à l’administrateur réseau). Il est approuvé en plus des autorités habituelles, dès la prochaine connexion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custom CA bundle file</source>
        <translation>Fichier d’autorités de certification personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the usual authorities only</source>
        <translation>Aucun&#xa0;: uniquement les autorités habituelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA bundle file</source>
        <translation>Choisir le fichier d’autorités de certification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA bundle problem</source>
        <translation>Problème de fichier d’autorités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom &amp;CA bundle (PEM):</source>
        <translation>Autorités de &amp;certification (PEM)&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies the next time the program starts.</source>
        <translation>S’applique au prochain démarrage du programme.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CA certificate of the proxy</source>
        <translation>Certificat d’autorité du proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>S&amp;ettings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../installer_app/ui/pages/sign_in.py" line="+67"/>
        <source>Sign in to Rainbow</source>
        <extracomment>QSettings keys (followed by the server address, percent-encoded): non-secret values only.</extracomment>
        <translation>Se connecter à Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the business-partner admin account that manages the customer company.</source>
        <translation>Utilisez le compte administrateur du Business Partner qui gère l’entreprise cliente.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rainbow server in use: %1</source>
        <translation>Serveur Rainbow utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signing in to Rainbow: wait, or press Cancel.</source>
        <translation>Connexion à Rainbow&#xa0;: patientez, ou appuyez sur Annuler.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Password taken from the environment (INSTALLER_APP_PASSWORD).</source>
        <translation>Mot de passe pris dans l’environnement (INSTALLER_APP_PASSWORD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password filled in from the system keyring.</source>
        <translation>Mot de passe prérempli depuis le trousseau du système.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick &quot;Remember for this session only&quot; to keep the password in memory until the program closes; it is never written to a file.</source>
        <translation>Cochez «&#xa0;Mémoriser pour cette session uniquement&#xa0;» pour garder le mot de passe en mémoire jusqu’à la fermeture du programme&#xa0;; il n’est jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring cannot be used on this computer.</source>
        <translation>Le trousseau du système ne peut pas être utilisé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remembered for this session only, in memory: never written anywhere.</source>
        <translation>Mémorisé pour cette session uniquement, en mémoire&#xa0;: jamais écrit nulle part.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed out: the account changed. Press Sign in again.</source>
        <translation>Déconnecté&#xa0;: le compte a changé. Appuyez à nouveau sur Se connecter.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in failed unexpectedly: %1</source>
        <translation>La connexion a échoué de manière inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address; the details are in the log.</source>
        <translation>Vérifiez l’adresse du serveur&#xa0;; les détails figurent dans le journal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>SiteChooser</name>
    <message>
        <location filename="../installer_app/ui/widgets/site_chooser.py" line="+65"/>
        <source>Site problem</source>
        <translation>Problème de site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;y again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the sites again</source>
        <translation>Relire les sites</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site of the PBX</source>
        <translation>Site du PBX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;te:</source>
        <translation>Si&amp;te&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cre&amp;ate a site named:</source>
        <translation>Créer un site no&amp;mmé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a site</source>
        <translation>Créer un site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the site to create</source>
        <translation>Nom du site à créer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the sites of %1…</source>
        <translation>Lecture des sites de %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site: %1 (the company&apos;s only site, chosen automatically).</source>
        <translation>Site&#xa0;: %1 (seul site de l’entreprise, choisi automatiquement).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the site…</source>
        <translation>Choisissez le site…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has %2 sites: choose the one the PBX belongs to.</source>
        <translation>%1 a %2 sites&#xa0;: choisissez celui auquel le PBX appartient.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no site on Rainbow yet, and a PBX must belong to a site. The site is created when the PBX is declared.</source>
        <translation>%1 n’a encore aucun site sur Rainbow, or un PBX doit appartenir à un site. Le site est créé lors de la déclaration du PBX.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sites of %1 could not be read.</source>
        <translation>Les sites de %1 n’ont pas pu être lus.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wait: the sites of %1 are being read.</source>
        <translation>Patientez&#xa0;: les sites de %1 sont en cours de lecture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sites of %1 could not be read: press Try again.</source>
        <translation>Les sites de %1 n’ont pas pu être lus&#xa0;: appuyez sur Réessayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: choose the site of %1 the PBX belongs to.</source>
        <translation>Site&#xa0;: choisissez le site de %1 auquel le PBX appartient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site: %1 has no site; tick &apos;Create a site named&apos; or create one in the Rainbow admin portal (Customer companies &gt; %1).</source>
        <translation>Site&#xa0;: %1 n’a aucun site&#xa0;; cochez «&#xa0;Créer un site nommé&#xa0;» ou créez-en un dans le portail d’administration Rainbow (Customer companies &gt; %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: type the name of the site to create.</source>
        <translation>Site&#xa0;: saisissez le nom du site à créer.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../installer_app/ui/pages/start.py" line="+34"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Associate an OXO Connect or OXO Connect Evolution PBX with a customer company on Rainbow.</source>
        <translation>Associez un PBX OXO Connect ou OXO Connect Evolution à une entreprise cliente sur Rainbow.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What do you want to do?</source>
        <extracomment>Asks for a protected file&apos;s passphrase; tests replace it.</extracomment>
        <translation>Que voulez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w installation</source>
        <translation>&amp;Nouvelle installation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New installation</source>
        <translation>Nouvelle installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open an installation file…</source>
        <translation>&amp;Ouvrir un fichier d’installation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Open an installation file</source>
        <translation>Ouvrir un fichier d’installation</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Prepare o&amp;ffline (no Rainbow sign-in now)</source>
        <translation>Préparer &amp;hors ligne (sans connexion à Rainbow pour l’instant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare offline</source>
        <translation>Préparer hors ligne</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>Rainbow server</source>
        <translation>Serveur Rainbow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embedded sandbox (training)</source>
        <translation>Sandbox intégrée (formation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production (openrainbow.com)</source>
        <translation>Production (openrainbow.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rainbow sandbox (sandbox.openrainbow.com)</source>
        <translation>Sandbox Rainbow (sandbox.openrainbow.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom address…</source>
        <translation>Adresse personnalisée…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom Rainbow server address</source>
        <translation>Adresse personnalisée du serveur Rainbow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type the Rainbow server&apos;s address, starting with https://.</source>
        <translation>Saisissez l’adresse du serveur Rainbow, commençant par https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow server in use: %1</source>
        <translation>Serveur Rainbow utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OMC &quot;Domain name&quot; for this server: %1 (inferred from its address: only openrainbow.com is documented).</source>
        <translation>&quot;Domain name&quot; d’OMC pour ce serveur&#xa0;: %1 (déduit de son adresse&#xa0;: seul openrainbow.com est documenté).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OMC &quot;Domain name&quot; for this server: %1.</source>
        <translation>&quot;Domain name&quot; d’OMC pour ce serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Protected installation file</source>
        <translation>Fichier d’installation protégé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase protecting %1:</source>
        <translation>Phrase secrète protégeant %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installation files (*.json);;All files (*)</source>
        <translation>Fichiers d’installation (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot open the installation file</source>
        <translation>Impossible d’ouvrir le fichier d’installation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../installer_app/ui/pages/base.py" line="+54"/>
        <source>Why Next is disabled</source>
        <extracomment>The focus of a check box or a radio button, plain to see: the style&apos;s dotted rectangle around the text alone was too faint. A transparent border keeps the size when the focus moves.</extracomment>
        <translation>Pourquoi Suivant est désactivé</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../installer_app/ui/pages/summary.py" line="+44"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check everything once more. Each part links back to its page.</source>
        <translation>Vérifiez tout une dernière fois. Chaque partie renvoie à sa page.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save installation file…</source>
        <extracomment>Every Change button, top to bottom (two rows may lead to one step).</extracomment>
        <translation>&amp;Enregistrer le fichier d’installation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Save installation file</source>
        <translation>Enregistrer le fichier d’installation</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>&amp;Protect the equipment id and activation code with a passphrase</source>
        <translation>Protéger l’identifiant d’équipement et le code d’activation par une phrase se&amp;crète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect with a passphrase</source>
        <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Declare on Rainbow</source>
        <translation>&amp;Déclarer sur Rainbow</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change</source>
        <extracomment>Asks where to save, and a new passphrase; tests replace them.</extracomment>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Installation number: not given</source>
        <translation>Numéro d’installation&#xa0;: non renseigné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation number: %1 (not sent to Rainbow: enter it in the portal&apos;s &quot;Dialing information&quot;)</source>
        <translation>Numéro d’installation&#xa0;: %1 (non envoyé à Rainbow&#xa0;: saisissez-le dans «&#xa0;Dialing information&#xa0;» du portail)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BTCO</source>
        <translation>BTCO</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Equipment id and activation code: %1</source>
        <translation>Identifiant d’équipement et code d’activation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equipment id: %1 (activation code recorded)</source>
        <translation>Identifiant d’équipement&#xa0;: %1 (code d’activation enregistré)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated by Rainbow at declaration</source>
        <translation>Générés par Rainbow lors de la déclaration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; national %2, international %3, outbound %4</source>
        <translation>%1&#xa0;; national %2, international %3, sortie %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(blocked)</source>
        <translation>(bloqué)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>none (Rainbow&apos;s default analysis)</source>
        <translation>aucune (analyse par défaut de Rainbow)</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Change: %1</source>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Rainbow id %1)</source>
        <translation>(identifiant Rainbow %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: %1</source>
        <translation>Site&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: %1, created at declaration</source>
        <translation>Site&#xa0;: %1, créé lors de la déclaration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: chosen at declaration</source>
        <translation>Site&#xa0;: choisi lors de la déclaration</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>WebRTC gateway wanted: to activate in the Rainbow admin portal</source>
        <translation>Passerelle WebRTC souhaitée&#xa0;: à activer dans le portail d’administration Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebRTC gateway not wanted</source>
        <translation>Passerelle WebRTC non souhaitée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rainbow server</source>
        <translation>Serveur Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Entreprise cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialing</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Règles de numérotation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still to do: save the installation file, then sign in and declare on Rainbow (from the office or on site), configure the PBX and check both statuses.</source>
        <translation>Reste à faire&#xa0;: enregistrer le fichier d’installation, puis se connecter et déclarer sur Rainbow (depuis le bureau ou sur site), configurer le PBX et vérifier les deux états.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already declared on Rainbow: declaring again reuses the same system.</source>
        <translation>Déjà déclaré sur Rainbow&#xa0;: une nouvelle déclaration réutilise le même système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: declare the PBX on Rainbow, then configure the PBX.</source>
        <translation>Ensuite&#xa0;: déclarez le PBX sur Rainbow, puis configurez le PBX.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installation files (*.json)</source>
        <translation>Fichiers d’installation (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The installation file cannot be saved yet:</source>
        <translation>Le fichier d’installation ne peut pas encore être enregistré&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(protected by a passphrase)</source>
        <translation>(protégé par une phrase secrète)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Protect the installation file</source>
        <translation>Protéger le fichier d’installation</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New passphrase (at least 8 characters):</source>
        <translation>Nouvelle phrase secrète (au moins 8 caractères)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same passphrase again:</source>
        <translation>La même phrase secrète, à nouveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ: nothing was saved.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installation file</source>
        <translation>Fichier d’installation</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <location filename="../installer_app/ui/dialogs/errors.py" line="+35"/>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong that the program did not expect. Your input is kept; you can go on or save the installation file.</source>
        <translation>Un problème que le programme n’attendait pas est survenu. Votre saisie est conservée&#xa0;; vous pouvez continuer ou enregistrer le fichier d’installation.</translation>
    </message>
</context>
<context>
    <name>UnrecordedCredentialsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/unrecorded_credentials.py" line="+34"/>
        <source>Copy the credentials now</source>
        <translation>Copiez les identifiants maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX is declared on Rainbow (system %1), but the installation file cannot be written: %2

Copy the equipment id and activation code now and enter them in OMC &gt; Cloud &gt; Rainbow. Then save the installation to a folder you may write to and declare again: the declaration is found and recorded.</source>
        <translation>Le PBX est déclaré sur Rainbow (système %1), mais le fichier d’installation ne peut pas être écrit&#xa0;: %2

Copiez maintenant l’identifiant d’équipement et le code d’activation et saisissez-les dans OMC &gt; Cloud &gt; Rainbow. Enregistrez ensuite l’installation dans un dossier où vous pouvez écrire et déclarez à nouveau&#xa0;: la déclaration est retrouvée et enregistrée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Equipment id (PABX-ID):</source>
        <translation>Identifiant d’équipement (PABX-ID)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation code:</source>
        <translation>Code d’activation&#xa0;:</translation>
    </message>
</context>
</TS>
