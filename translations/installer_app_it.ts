<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/about.py" line="+68"/>
        <source>About %1</source>
        <extracomment>The freezing tool&apos;s licence, listed when running from the packaged build.</extracomment>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Program icon</source>
        <translation>Icona del programma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Associates an OXO Connect or OXO Connect Evolution PBX with a customer company on Rainbow, configures both sides and checks them until Rainbow shows the PBX Running and the PBX shows Connected.</source>
        <translation>Associa un centralino OXO Connect o OXO Connect Evolution a un’azienda cliente su Rainbow, configura entrambi i lati e li verifica finché Rainbow mostra il centralino Running e il centralino mostra Connected.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Libraries included and their licences:</source>
        <translation>&amp;Librerie incluse e relative licenze:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Libraries included and their licences</source>
        <translation>Librerie incluse e relative licenze</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copia dettagli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the versions and licences, e.g. for support</source>
        <translation>Copia le versioni e le licenze, ad es. per l’assistenza</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The list of libraries is not available in this installation.</source>
        <translation>L’elenco delle librerie non è disponibile in questa installazione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;About…</source>
        <translation>I&amp;nformazioni…</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/batch_dialog.py" line="+58"/>
        <source>Prepare installation files from a spreadsheet</source>
        <translation>Prepara file di installazione da un foglio di calcolo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One installation file per row of a CSV file (columns company_id, company_name, server_name, model, mode, fleet_ref, installation_ref, country; optional prefixes and installation_number). Nothing is written while a row is wrong.</source>
        <translation>Un file di installazione per riga di un file CSV (colonne company_id, company_name, server_name, model, mode, fleet_ref, installation_ref, country; facoltativi i prefissi e installation_number). Non viene scritto nulla finché una riga è errata.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;CSV file:</source>
        <extracomment>Ask for files and folders; tests replace them.</extracomment>
        <translation>File &amp;CSV:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>CSV file</source>
        <translation>File CSV</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Output folder:</source>
        <translation>Cartella di &amp;destinazione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Output folder</source>
        <translation>Cartella di destinazione</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Numbering rules (optional):</source>
        <translation>Regole di &amp;numerazione (facoltativo):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Numbering rules file</source>
        <translation>File delle regole di numerazione</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Keep the valid rows even when others are wrong</source>
        <translation>&amp;Mantieni le righe valide anche se altre sono errate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the valid rows</source>
        <translation>Mantieni le righe valide</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Problems and files written</source>
        <translation>Problemi e file scritti</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1, column %2: %3</source>
        <translation>Riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Prepara</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for %1</source>
        <translation>Sfoglia: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Fogli di calcolo (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the CSV file and the output folder.</source>
        <translation>Scegli il file CSV e la cartella di destinazione.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing…</source>
        <translation>Preparazione…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was prepared:</source>
        <translation>Non è stato preparato nulla:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written: %1</source>
        <translation>Scritto: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 installation files written to %2.</source>
        <translation>%1 file di installazione scritti in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files written to %2; the rows listed below were left out.</source>
        <translation>%1 file scritti in %2; le righe elencate sotto sono state escluse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written to %2: correct the rows listed below and try again.</source>
        <translation>Non è stato scritto nulla in %2: correggi le righe elencate sotto e riprova.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Prepare a &amp;batch from CSV…</source>
        <translation>Prepara un l&amp;otto da CSV…</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../installer_app/ui/widgets/busy_indicator.py" line="+35"/>
        <source>Working</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running step</source>
        <translation>Annulla il passaggio in corso</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../installer_app/ui/pages/company.py" line="+51"/>
        <source>Customer company</source>
        <extracomment>Milliseconds of quiet typing before the search is sent. Companies per page of results. [I] Rainbow ids look like 24 lowercase hexadecimal digits; only used to warn, never to block.</extracomment>
        <translation>Azienda cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer company on Rainbow, and the site the PBX will belong to.</source>
        <translation>L’azienda cliente su Rainbow e la sede a cui apparterrà il centralino.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Part of the company name, e.g. bou</source>
        <translation>Parte del nome dell’azienda, ad es. bou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customer companies by name</source>
        <translation>Cerca aziende clienti per nome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>St&amp;op</source>
        <translation>Inte&amp;rrompi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company search problem</source>
        <translation>Problema nella ricerca delle aziende</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chosen company</source>
        <translation>Azienda scelta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer company (offline: typed in)</source>
        <translation>Azienda cliente (offline: inserita a mano)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline there is no search: copy the company&apos;s id and name from the Rainbow admin portal (Customer companies). The site is chosen when the PBX is declared.</source>
        <translation>Offline la ricerca non è disponibile: copia l’ID e il nome dell’azienda dal portale di amministrazione di Rainbow (Customer companies). La sede si sceglie alla registrazione del centralino.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company id</source>
        <translation>ID azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company id problem</source>
        <translation>Problema con l’ID azienda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name</source>
        <translation>Nome azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company &amp;id:</source>
        <translation>&amp;ID azienda:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company n&amp;ame:</source>
        <translation>&amp;Nome azienda:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not signed in to Rainbow.</source>
        <translation>Accesso a Rainbow non effettuato.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go back and sign in first.</source>
        <translation>Torna indietro e accedi prima.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No customer company matches “%1”.</source>
        <translation>Nessuna azienda cliente corrisponde a «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type fewer letters, or check the spelling.</source>
        <translation>Digita meno lettere o controlla l’ortografia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your business partner has no customer company on Rainbow yet.</source>
        <translation>Il tuo Business Partner non ha ancora aziende clienti su Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching customer companies…</source>
        <translation>Ricerca delle aziende clienti…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No company chosen yet: search, then choose.</source>
        <translation>Nessuna azienda ancora scelta: cerca, poi scegli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 (Rainbow id %3)</source>
        <translation>%1 — %2 (ID Rainbow %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (Rainbow id %2)</source>
        <translation>%1 (ID Rainbow %2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Company id: Rainbow ids are 24 characters 0–9 and a–f; check that the whole id was copied.</source>
        <translation>ID azienda: gli ID Rainbow sono composti da 24 caratteri 0–9 e a–f; controlla di aver copiato l’ID per intero.</translation>
    </message>
</context>
<context>
    <name>CompanyResults</name>
    <message>
        <location filename="../installer_app/ui/widgets/company_results.py" line="+55"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer companies found</source>
        <translation>Aziende clienti trovate</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compan&amp;ies:</source>
        <translation>A&amp;ziende:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ Pre&amp;vious page</source>
        <translation>◀ Pagina pr&amp;ecedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page of companies</source>
        <translation>Pagina precedente di aziende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next pa&amp;ge ▶</source>
        <translation>Pagina s&amp;uccessiva ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page of companies</source>
        <translation>Pagina successiva di aziende</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rainbow id: %1</source>
        <translation>ID Rainbow: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 di %3</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../installer_app/ui/widgets/copy_field.py" line="+63"/>
        <source>Copy</source>
        <extracomment>Setting (in the wizard&apos;s settings, see the Settings dialog): clear copied secrets; on by default.</extracomment>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>Copia %1</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="sources/country_names.py" line="+10"/>
        <source>Ascension Island</source>
        <translation>Isola Ascensione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Emirati Arabi Uniti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antigua and Barbuda</source>
        <translation>Antigua e Barbuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antarctica</source>
        <translation>Antartide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>American Samoa</source>
        <translation>Samoa Americane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åland Islands</source>
        <translation>Isole Åland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Azerbaigian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia ed Erzegovina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahrein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei Darussalam</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Caraibi Olandesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouvet Island</source>
        <translation>Isola Bouvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Bielorussia</translation>
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
        <translation>Isole Cocos (Keeling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo (Democratic Republic)</source>
        <translation>Congo - Kinshasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>Repubblica Centrafricana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo</source>
        <translation>Congo-Brazzaville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d&apos;Ivoire</source>
        <translation>Costa d’Avorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook Islands</source>
        <translation>Isole Cook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Cile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameroon</source>
        <translation>Camerun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>Cina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
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
        <translation>Capo Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Island</source>
        <translation>Isola Christmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Cipro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Cechia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>Gibuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Danimarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>Repubblica Dominicana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Egitto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Sahara</source>
        <translation>Sahara Occidentale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopia</source>
        <translation>Etiopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Figi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Isole Falkland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faroe Islands</source>
        <translation>Isole Fær Øer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Guyana Francese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibraltar</source>
        <translation>Gibilterra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greenland</source>
        <translation>Groenlandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadalupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Guinea Equatoriale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Georgia del Sud e Sandwich Australi</translation>
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
        <translation>Guinea-Bissau</translation>
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
        <translation>Isole Heard e McDonald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Croazia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Ungheria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>Israele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isle of Man</source>
        <translation>Isola di Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio Britannico dell’Oceano Indiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>Iraq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland</source>
        <translation>Islanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Giamaica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordan</source>
        <translation>Giordania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Giappone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Cambogia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Comore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint Kitts e Nevis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Corea del Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>Corea del Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cayman Islands</source>
        <translation>Isole Cayman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kazakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanon</source>
        <translation>Libano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Lucia</source>
        <translation>Saint Lucia</translation>
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
        <translation>Lituania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Lussemburgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Lettonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marocco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Martin (French part)</source>
        <translation>Saint Martin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marshall Islands</source>
        <translation>Isole Marshall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>Macedonia del Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>Myanmar (Birmania)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Northern Mariana Islands</source>
        <translation>Isole Marianne Settentrionali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Maldive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>Messico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Mozambico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Nuova Caledonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norfolk Island</source>
        <translation>Isola Norfolk</translation>
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
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norvegia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>Nepal</translation>
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
        <translation>Nuova Zelanda</translation>
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
        <translation>Perù</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Polynesia</source>
        <translation>Polinesia Francese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papua Nuova Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>Filippine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre e Miquelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitcairn</source>
        <translation>Isole Pitcairn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Portorico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portogallo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palau</source>
        <translation>Palau</translation>
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
        <translation>Riunione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Romania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Federation</source>
        <translation>Russia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands</source>
        <translation>Isole Salomone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Svezia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Sant’Elena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard e Jan Mayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Slovacchia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Sud Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao Tome and Principe</source>
        <translation>São Tomé e Príncipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint Maarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Siria</translation>
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
        <translation>Isole Turks e Caicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Ciad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Southern Territories</source>
        <translation>Terre Australi Francesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>Thailandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Tagikistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor Est</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Turchia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad e Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Ucraina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States Minor Outlying Islands</source>
        <translation>Isole Minori Esterne degli Stati Uniti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatican City</source>
        <translation>Città del Vaticano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint Vincent e Grenadine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, British</source>
        <translation>Isole Vergini Britanniche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virgin Islands, U.S.</source>
        <translation>Isole Vergini Americane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallis and Futuna</source>
        <translation>Wallis e Futuna</translation>
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
        <translation>Yemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>Sudafrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Zambia</translation>
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
        <translation>Credenziali del centralino</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>References of the stock PBX</source>
        <translation>Riferimenti del centralino stock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the references from the PBX&apos;s fleet list. A whole reference such as %1, pasted into either field, is split into both.</source>
        <translation>Digita i riferimenti presenti nell’elenco flotta del centralino. Un riferimento completo come %1, incollato in uno dei due campi, viene ripartito su entrambi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;leet reference:</source>
        <translation>Riferimento &amp;flotta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fleet reference</source>
        <translation>Riferimento flotta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Installation reference:</source>
        <translation>Riferimento &amp;installazione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference</source>
        <translation>Riferimento installazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acce&amp;pt references that do not match the usual shape</source>
        <translation>Accetta riferimenti che non hanno il formato &amp;abituale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept references that do not match the usual shape</source>
        <translation>Accetta riferimenti che non hanno il formato abituale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only when the reference on the PBX&apos;s paperwork really differs from the usual shape; Rainbow must then know the PBX by exactly this reference.</source>
        <translation>Solo se il riferimento nei documenti del centralino differisce davvero dal formato abituale; Rainbow deve allora conoscere il centralino esattamente con questo riferimento.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. %1</source>
        <translation>ad es. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 problem</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What Rainbow will store</source>
        <translation>Cosa memorizzerà Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment id:</source>
        <translation>ID apparato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code:</source>
        <translation>Codice di attivazione:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown once both references are valid</source>
        <translation>Visualizzato quando entrambi i riferimenti sono validi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In stock mode both are the two references joined by a dash. Nothing needs entering on the PBX: it connects with them by itself.</source>
        <translation>In modalità stock entrambi sono i due riferimenti uniti da un trattino. Sul centralino non serve inserire nulla: si connette da solo con questi.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The fleet and installation references of the stock PBX.</source>
        <translation>I riferimenti flotta e installazione del centralino stock.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../installer_app/ui/pages/dashboard.py" line="+54"/>
        <source>Dashboard</source>
        <extracomment>The diagnosis&apos; colour per severity, on a light and on a dark window (a high-contrast theme).</extracomment>
        <translation>Pannello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides, live, until Rainbow shows Running and the PBX Connected.</source>
        <translation>Entrambi i lati, in tempo reale, finché Rainbow mostra Running e il centralino Connected.</translation>
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
        <translation>Stato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels:</source>
        <translation>Canali:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC:</source>
        <translation>WebRTC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX (OMC: Cloud &gt; Rainbow)</source>
        <translation>Centralino (OMC: Cloud &gt; Rainbow)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection:</source>
        <translation>Connessione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow enabled:</source>
        <translation>Rainbow abilitato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PABX-ID:</source>
        <translation>PABX-ID:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnosis</source>
        <translation>Diagnosi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading both sides…</source>
        <translation>Lettura di entrambi i lati…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Refresh now</source>
        <translation>Aggio&amp;rna ora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of status changes</source>
        <translation>Cronologia dei cambi di stato</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Next refresh in under a second</source>
        <translation>Prossimo aggiornamento tra meno di un secondo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next refresh in %1 s</source>
        <translation>Prossimo aggiornamento tra %1 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Cannot read</source>
        <translation>Lettura impossibile</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not signed in</source>
        <translation>Accesso non effettuato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not declared</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read in OMC</source>
        <translation>Da leggere in OMC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not active</source>
        <translation>non attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As Rainbow reports it (hasMediaPillar)</source>
        <translation>Come lo segnala Rainbow (hasMediaPillar)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rainbow says: %1</source>
        <translation>Rainbow indica: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PBX</source>
        <translation>Centralino</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <location filename="../installer_app/ui/pages/declaration.py" line="+41"/>
        <source>Declaration on Rainbow</source>
        <translation>Registrazione su Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX is declared for the customer company. It is never declared twice.</source>
        <translation>Il centralino viene registrato per l’azienda cliente. Non viene mai registrato due volte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in to Rainbow</source>
        <translation>Accesso a Rainbow effettuato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company and site</source>
        <translation>Azienda cliente e sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking that the PBX is not declared yet</source>
        <translation>Verifica che il centralino non sia ancora registrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaring the PBX</source>
        <translation>Registrazione del centralino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the declaration back</source>
        <translation>Rilettura della registrazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declaration in progress</source>
        <translation>Registrazione in corso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Declare again</source>
        <translation>&amp;Registra di nuovo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Take over this declaration…</source>
        <extracomment>Shown with the &quot;already declared&quot; message: takes that declaration over, once confirmed.</extracomment>
        <translation>Rile&amp;vare questa registrazione…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Equipment id (PABX-ID):</source>
        <extracomment>Asks whether to reuse an existing declaration; tests replace it.</extracomment>
        <translation>ID apparato (PABX-ID):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code:</source>
        <translation>Codice di attivazione:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generated by Rainbow: to copy into OMC</source>
        <translation>Generati da Rainbow: da copiare in OMC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next page shows where each value goes in OMC (Expert View &gt; Cloud &gt; Rainbow), with the same copy buttons. This program keeps both: in its draft until Finish, and in the installation file when there is one. If the activation code is ever lost, &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server) makes a new one: the PBX stays disconnected until it is entered in OMC.</source>
        <translation>La pagina successiva indica dove va ogni valore in OMC (Expert View &gt; Cloud &gt; Rainbow), con gli stessi pulsanti di copia. Questo programma li conserva entrambi: nella sua bozza finché non fai clic su Fine, e nel file di installazione se ce n’è uno. Se il codice di attivazione va perso, &quot;Reset connection&quot; nel portale di amministrazione di Rainbow (Customer companies &gt; l’azienda &gt; Communication &gt; Comm. Servers &gt; il server) ne crea uno nuovo: il centralino resta disconnesso finché non viene inserito in OMC.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored on Rainbow</source>
        <translation>Memorizzati su Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In stock mode both are the fleet and installation references joined by a dash: nothing needs entering on the PBX.</source>
        <translation>In modalità stock entrambi sono i riferimenti di flotta e di installazione uniti da un trattino: sul centralino non serve inserire nulla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+88"/>
        <source>Declared on Rainbow (system %1).</source>
        <translation>Registrato su Rainbow (sistema %1).</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The declaration is in progress.</source>
        <translation>La registrazione è in corso.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Declaring…</source>
        <translation>Registrazione…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled. If the declaration had reached Rainbow, declaring again finds it: the PBX is never declared twice.</source>
        <translation>Annullato. Se la registrazione era arrivata a Rainbow, una nuova registrazione la ritrova: il centralino non viene mai registrato due volte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found the declaration an interrupted attempt sent (system %1): it is used.</source>
        <translation>È stata trovata la registrazione inviata da un tentativo interrotto (sistema %1): viene utilizzata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PBX was already declared: the existing declaration is used.</source>
        <translation>Questo centralino era già registrato: viene usata la registrazione esistente.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Take over the declaration</source>
        <translation>Rilevare la registrazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take over the declaration found on Rainbow for this PBX? Do it only if you know it is this PBX&apos;s: its equipment id and activation code become this installation&apos;s.</source>
        <translation>Rilevare la registrazione trovata su Rainbow per questo PBX? Fatelo solo se sapete che è quella di questo PBX: il suo identificativo apparato e il suo codice di attivazione diventano quelli di questa installazione.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Already declared</source>
        <translation>Già registrato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PBX is already declared for this company as &apos;%1&apos;. Use it?</source>
        <translation>Questo centralino è già registrato per questa azienda come «%1». Usarlo?</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../installer_app/domain/diagnosis_texts.py" line="+21"/>
        <source>The PBX is connected to Rainbow and Rainbow shows Running.</source>
        <translation>Il centralino è connesso a Rainbow e Rainbow mostra Running.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PBX is not declared on Rainbow, or its status on Rainbow cannot be read.</source>
        <translation>Il centralino non è registrato su Rainbow, oppure il suo stato su Rainbow non può essere letto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declare the PBX on Rainbow; if it is declared, check the connection to Rainbow and sign in again.</source>
        <translation>Registra il centralino su Rainbow; se è già registrato, controlla la connessione a Rainbow e accedi di nuovo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The equipment id on Rainbow is not the joined fleet and installation references of this PBX.</source>
        <translation>L’ID apparato su Rainbow non corrisponde ai riferimenti flotta e installazione uniti di questo centralino.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PBX&apos;s &quot;Rainbow PABX-ID&quot; is not the joined fleet and installation references.</source>
        <translation>Il &quot;Rainbow PABX-ID&quot; del centralino non corrisponde ai riferimenti flotta e installazione uniti.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neither Rainbow&apos;s equipment id nor the PBX&apos;s &quot;Rainbow PABX-ID&quot; is the joined fleet and installation references.</source>
        <translation>Né l’ID apparato su Rainbow né il &quot;Rainbow PABX-ID&quot; del centralino corrispondono ai riferimenti flotta e installazione uniti.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PBX&apos;s &quot;Rainbow PABX-ID&quot; is not the equipment id declared on Rainbow.</source>
        <translation>Il &quot;Rainbow PABX-ID&quot; del centralino non è l’ID apparato registrato su Rainbow.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the PBX: in OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Rainbow PABX-ID&quot; exactly as Rainbow shows it, Apply and confirm Yes.</source>
        <translation>Correggi il centralino: in OMC, Expert View &gt; Cloud &gt; Rainbow, inserisci &quot;Rainbow PABX-ID&quot; esattamente come lo mostra Rainbow, fai clic su Apply e conferma con Yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The equipment id recorded in the installation is not the one declared on Rainbow.</source>
        <translation>L’ID apparato memorizzato nell’installazione non è quello registrato su Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow&apos;s equipment id is the reference: fetch the credentials from Rainbow again and use that one.</source>
        <translation>Fa fede l’ID apparato di Rainbow: recupera di nuovo le credenziali da Rainbow e usa quello.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neither the installation nor the PBX&apos;s &quot;Rainbow PABX-ID&quot; holds the equipment id declared on Rainbow.</source>
        <translation>Né l’installazione né il &quot;Rainbow PABX-ID&quot; del centralino contengono l’ID apparato registrato su Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch the credentials from Rainbow again, then in OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Rainbow PABX-ID&quot; exactly as Rainbow shows it, Apply and confirm Yes.</source>
        <translation>Recupera di nuovo le credenziali da Rainbow, poi in OMC, Expert View &gt; Cloud &gt; Rainbow, inserisci &quot;Rainbow PABX-ID&quot; esattamente come lo mostra Rainbow, fai clic su Apply e conferma con Yes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rainbow refused the PBX&apos;s connection: the activation code on the PBX does not match.</source>
        <translation>Rainbow ha rifiutato la connessione del centralino: il codice di attivazione sul centralino non corrisponde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rainbow refused the PBX&apos;s connection: in stock mode the activation code is the joined fleet and installation references, and the PBX&apos;s do not match Rainbow&apos;s.</source>
        <translation>Rainbow ha rifiutato la connessione del centralino: in modalità stock il codice di attivazione è l’unione dei riferimenti flotta e installazione, e quelli del centralino non corrispondono a quelli di Rainbow.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Nothing left to do: hand over the installation report. In OMC the &quot;Activation code&quot; field is now greyed out: the PBX has connected and received its login password, as expected.</source>
        <translation>Non resta nulla da fare: consegna il rapporto di installazione. In OMC il campo &quot;Activation code&quot; è ora disattivato (grigio): il centralino si è connesso e ha ricevuto la sua password di accesso, come previsto.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rainbow sent a status or a value this version of the program does not know, so the PBX&apos;s state cannot be told for sure; it is shown as Rainbow sent it.</source>
        <translation>Rainbow ha inviato uno stato o un valore che questa versione del programma non conosce, quindi lo stato del centralino non può essere stabilito con certezza; viene mostrato così come Rainbow l’ha inviato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the PBX&apos;s status in the Rainbow admin portal, and send the diagnostics file to support so that the next version knows this value.</source>
        <translation>Controlla lo stato del centralino nel portale di amministrazione di Rainbow e invia il file di diagnostica al supporto, così che la prossima versione conosca questo valore.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix Rainbow: its equipment id must be the fleet reference, a dash, and the installation reference that identify this PBX in your fleet list. In the Rainbow admin portal: Customer companies &gt; the company &gt; Communication &gt; Comm. Servers, the server in the equipment list, Connection tab, &quot;Specify equipment ID and activation code&quot;.</source>
        <translation>Correggi Rainbow: il suo ID apparato deve essere il riferimento di flotta, un trattino e il riferimento di installazione che identificano questo centralino nell’elenco della tua flotta. Nel portale di amministrazione di Rainbow: Customer companies &gt; l’azienda &gt; Communication &gt; Comm. Servers, il server nell’elenco degli apparati (equipment list), scheda Connection, &quot;Specify equipment ID and activation code&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check that the references are those that identify this PBX in your fleet list. If they are, fix the PBX: in OMC &gt; Cloud &gt; Rainbow correct &quot;Rainbow PABX-ID&quot;, Apply and confirm Yes.</source>
        <translation>Controlla che i riferimenti siano quelli che identificano questo centralino nell’elenco della tua flotta. Se lo sono, correggi il centralino: in OMC &gt; Cloud &gt; Rainbow correggi &quot;Rainbow PABX-ID&quot;, fai clic su Apply e conferma con Yes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the references against your fleet list, then fix both sides: the equipment id on Rainbow, and &quot;Rainbow PABX-ID&quot; in OMC &gt; Cloud &gt; Rainbow (Apply, confirm Yes).</source>
        <translation>Controlla i riferimenti nell’elenco della tua flotta, poi correggi entrambi i lati: l’ID apparato su Rainbow e &quot;Rainbow PABX-ID&quot; in OMC &gt; Cloud &gt; Rainbow (Apply, conferma con Yes).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Re-enter the activation code in OMC (Expert View &gt; Cloud &gt; Rainbow, Apply, confirm Yes). If it cannot be read back from Rainbow any more, use &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server) and enter the new code: the PBX stays disconnected until then.</source>
        <translation>Reinserisci il codice di attivazione in OMC (Expert View &gt; Cloud &gt; Rainbow, Apply, conferma con Yes). Se non si può più rileggere su Rainbow, usa &quot;Reset connection&quot; nel portale di amministrazione di Rainbow (Customer companies &gt; l’azienda &gt; Communication &gt; Comm. Servers &gt; il server) e inserisci il nuovo codice: fino ad allora il centralino resta disconnesso.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the references in your fleet list against Rainbow&apos;s equipment id; then re-enter the activation code in OMC, or reset the connection on Rainbow and use the new code.</source>
        <translation>Confronta i riferimenti dell’elenco della tua flotta con l’ID apparato su Rainbow; poi reinserisci il codice di attivazione in OMC, oppure reimposta la connessione su Rainbow e usa il nuovo codice.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Rainbow is not enabled on the PBX.</source>
        <translation>Rainbow non è abilitato sul centralino.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>In OMC, Expert View &gt; Cloud &gt; Rainbow: tick &quot;Rainbow enabled&quot;, enter &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot;, Apply and confirm Yes.</source>
        <translation>In OMC, Expert View &gt; Cloud &gt; Rainbow: seleziona &quot;Rainbow enabled&quot;, inserisci &quot;Rainbow PABX-ID&quot; e &quot;Activation code&quot;, fai clic su Apply e conferma con Yes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In stock mode Rainbow is enabled by default: in OMC, Expert View &gt; Cloud &gt; Rainbow, tick &quot;Rainbow enabled&quot; again, Apply and confirm Yes.</source>
        <translation>In modalità stock Rainbow è abilitato per impostazione predefinita: in OMC, Expert View &gt; Cloud &gt; Rainbow, seleziona di nuovo &quot;Rainbow enabled&quot;, fai clic su Apply e conferma con Yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No activation code is entered on the PBX.</source>
        <translation>Sul centralino non è inserito alcun codice di attivazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In OMC, Expert View &gt; Cloud &gt; Rainbow, enter &quot;Activation code&quot; exactly as Rainbow gave it, Apply and confirm Yes.</source>
        <translation>In OMC, Expert View &gt; Cloud &gt; Rainbow, inserisci &quot;Activation code&quot; esattamente come fornito da Rainbow, fai clic su Apply e conferma con Yes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Rainbow is waiting for the PBX&apos;s first connection; the PBX side is not done yet.</source>
        <translation>Rainbow attende la prima connessione del centralino; il lato centralino non è ancora completato.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Follow the OMC checklist and confirm each step.</source>
        <translation>Segui la checklist OMC e conferma ogni passaggio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is configured on a stock PBX: make sure it is powered, cabled and allowed out on TCP 443, then confirm the checklist.</source>
        <translation>Su un centralino stock non si configura nulla: assicurati che sia alimentato, cablato e autorizzato a uscire su TCP 443, poi conferma la checklist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow is not enabled on the PBX, or it cannot get out on TCP 443 (firewall or web proxy).</source>
        <translation>Rainbow non è abilitato sul centralino, oppure il centralino non riesce a uscire su TCP 443 (firewall o proxy web).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in OMC &gt; Cloud &gt; Rainbow that &quot;Rainbow enabled&quot; is ticked with the right &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot;; check that the firewall lets the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io, and the web proxy in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy).</source>
        <translation>Controlla in OMC &gt; Cloud &gt; Rainbow che &quot;Rainbow enabled&quot; sia selezionato con i valori corretti di &quot;Rainbow PABX-ID&quot; e &quot;Activation code&quot;; controlla che il firewall lasci uscire il centralino su TCP 443 verso openrainbow.com, *.openrainbow.com e openrainbow.io, e il proxy web in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rainbow is enabled on the PBX but it cannot get out on TCP 443 (firewall or web proxy).</source>
        <translation>Rainbow è abilitato sul centralino, ma il centralino non riesce a uscire su TCP 443 (firewall o proxy web).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check that the firewall lets the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io; if the site uses a web proxy, set it in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy) and make sure it lets WSS through.</source>
        <translation>Controlla che il firewall lasci uscire il centralino su TCP 443 verso openrainbow.com, *.openrainbow.com e openrainbow.io; se la sede usa un proxy web, impostalo in OMC (Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy) e assicurati che lasci passare WSS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PBX is connecting to Rainbow.</source>
        <translation>Il centralino si sta connettendo a Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait: Rainbow shows Running once it accepts the connection.</source>
        <translation>Attendi: Rainbow mostra Running non appena accetta la connessione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX reports Connected but Rainbow does not show it yet.</source>
        <translation>Il centralino indica Connected, ma Rainbow non lo mostra ancora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for Rainbow&apos;s next status reading. A greyed-out &quot;Activation code&quot; in OMC is expected: the PBX has connected and received its login password.</source>
        <translation>Attendi la prossima lettura dello stato su Rainbow. Un &quot;Activation code&quot; disattivato (grigio) in OMC è normale: il centralino si è connesso e ha ricevuto la sua password di accesso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link between the PBX and Rainbow was lost; the PBX reconnects by itself.</source>
        <translation>Il collegamento tra il centralino e Rainbow si è interrotto; il centralino si riconnette da solo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Wait a few minutes. If it does not come back, check the site&apos;s internet access and that the firewall and web proxy still let the PBX out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>Attendi qualche minuto. Se il collegamento non torna, controlla l’accesso a internet della sede e che il firewall e il proxy web lascino ancora uscire il centralino su TCP 443 verso openrainbow.com, *.openrainbow.com e openrainbow.io.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rainbow shows the PBX activated but not connected now: its link was lost, or it is being restored.</source>
        <translation>Rainbow mostra il centralino attivato ma al momento non connesso: il collegamento si è interrotto o è in fase di ripristino.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PBX is reconnecting to Rainbow after losing its link.</source>
        <translation>Il centralino si sta riconnettendo a Rainbow dopo aver perso il collegamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait; if it is not back within a few minutes, check the network (TCP 443, web proxy).</source>
        <translation>Attendi; se non torna entro qualche minuto, controlla la rete (TCP 443, proxy web).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX is connected to Rainbow but one of its channels is down (Rainbow shows Degraded).</source>
        <translation>Il centralino è connesso a Rainbow, ma uno dei suoi canali non funziona (Rainbow mostra Degraded).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is often short-lived: wait a few minutes. If it lasts, check the network between the PBX and Rainbow (TCP 443, web proxy).</source>
        <translation>Spesso è temporaneo: attendi qualche minuto. Se persiste, controlla la rete tra il centralino e Rainbow (TCP 443, proxy web).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow shows the PBX connected but the PBX reports another state: the two readings were not taken at the same moment.</source>
        <translation>Rainbow mostra il centralino connesso, ma il centralino indica un altro stato: le due letture non sono state fatte nello stesso momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait for the next readings; if they keep disagreeing, look at the PBX&apos;s Cloud &gt; Rainbow page in OMC.</source>
        <translation>Attendi le prossime letture; se continuano a non coincidere, consulta la pagina Cloud &gt; Rainbow del centralino in OMC.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/diagnostics_dialog.py" line="+72"/>
        <source>Diagnostics</source>
        <translation>Diagnostica</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checks the connection from this computer to %1, port %2.</source>
        <translation>Verifica la connessione da questo computer a %1, porta %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network check steps</source>
        <translation>Passaggi della verifica di rete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Check the network</source>
        <translation>&amp;Verifica la rete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network to Rainbow</source>
        <translation>Verifica la rete verso Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ancel check</source>
        <translation>A&amp;nnulla verifica</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnostics result</source>
        <translation>Risultato della diagnostica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save diagnostics…</source>
        <translation>&amp;Salva diagnostica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a diagnostics file for support</source>
        <translation>Salva un file di diagnostica per l’assistenza</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every step passed.</source>
        <translation>Tutti i passaggi sono riusciti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tried</source>
        <translation>Non provato</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the network…</source>
        <translation>Verifica della rete…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save diagnostics</source>
        <translation>Salva diagnostica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip files (*.zip)</source>
        <translation>File zip (*.zip)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Diagnostics saved to %1. Send this file to support.</source>
        <translation>Diagnostica salvata in %1. Invia questo file all’assistenza.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostica…</translation>
    </message>
</context>
<context>
    <name>DialingPage</name>
    <message>
        <location filename="../installer_app/ui/pages/dialing.py" line="+41"/>
        <source>Dialing</source>
        <translation>Composizione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Rainbow turns the numbers users dial into canonical (E.164) numbers: the portal&apos;s &quot;Dialing information&quot;.</source>
        <translation>Come Rainbow trasforma i numeri composti dagli utenti in numeri canonici (E.164): le &quot;Dialing information&quot; del portale.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 problem</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country and prefixes</source>
        <translation>Paese e prefissi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of the name</source>
        <translation>Digita parte del nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country problem</source>
        <translation>Problema con il paese</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the country comes from</source>
        <translation>Da dove proviene il paese</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Country:</source>
        <translation>P&amp;aese:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>National prefix</source>
        <translation>Prefisso nazionale</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>N&amp;ational prefix:</source>
        <translation>Prefisso na&amp;zionale:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+182"/>
        <source>International prefix</source>
        <translation>Prefisso internazionale</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>In&amp;ternational prefix:</source>
        <translation>Prefisso in&amp;ternazionale:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+156"/>
        <source>Outbound prefix</source>
        <translation>Prefisso di uscita</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Use the outbound prefix</source>
        <translation>Usa il prefisso di &amp;uscita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the outbound prefix</source>
        <translation>Usa il prefisso di uscita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The digits the PBX needs before an external number, often 0.</source>
        <translation>Le cifre che il centralino richiede prima di un numero esterno, spesso 0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Outbound prefix:</source>
        <translation>Prefisso di usc&amp;ita:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Installation number</source>
        <translation>Numero dell’installazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s main number</source>
        <translation>Il numero principale del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation number problem</source>
        <translation>Problema con il numero dell’installazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Installation number:</source>
        <translation>Nu&amp;mero dell’installazione:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number as a Rainbow user dials it</source>
        <translation>Numero come lo compone un utente Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number to see its canonical form</source>
        <translation>Digita un numero per vederne la forma canonica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number as a Rainbow user &amp;dials it:</source>
        <translation>Numero come lo &amp;compone un utente Rainbow:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canonical form</source>
        <translation>Forma canonica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of number</source>
        <translation>Tipo di numero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Canonical form:</source>
        <translation>Forma canonica:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Installation number must contain digits only (0-9), optionally after a leading +.</source>
        <translation>Il numero dell’installazione deve contenere solo cifre (0-9), eventualmente dopo un + iniziale.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the customer company&apos;s country on Rainbow.</source>
        <translation>Dal paese dell’azienda cliente su Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the site&apos;s country on Rainbow.</source>
        <translation>Dal paese della sede su Rainbow.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From this computer&apos;s region: Rainbow gives no country for the customer.</source>
        <translation>Dalla regione di questo computer: Rainbow non indica alcun paese per il cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A default: neither Rainbow nor this computer names a country.</source>
        <translation>Un valore predefinito: né Rainbow né questo computer indicano un paese.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Country: “%1” is not in the list; type part of the name and choose it.</source>
        <translation>Paese: «%1» non è nell’elenco; digita parte del nome e sceglilo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country: choose the installation&apos;s country.</source>
        <translation>Paese: scegli il paese dell’installazione.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must contain digits only (0-9).</source>
        <translation>%1: solo cifre (0-9).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outbound prefix: type it, or untick “Use the outbound prefix”.</source>
        <translation>Prefisso di uscita: digitalo, oppure deseleziona «Usa il prefisso di uscita».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a number as a Rainbow user would dial it, e.g. a national number.</source>
        <translation>Digita un numero come lo comporrebbe un utente Rainbow, ad es. un numero nazionale.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>International number</source>
        <translation>Numero internazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number</source>
        <translation>Numero nazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal number</source>
        <translation>Numero interno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a valid number</source>
        <translation>Numero non valido</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../installer_app/ui/support/domain_text.py" line="+65"/>
        <source>BTCO is not available for OXO Connect Evolution: choose stock mode.</source>
        <translation>BTCO non è disponibile per OXO Connect Evolution: scegli la modalità stock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the customer company&apos;s Rainbow id.</source>
        <translation>Digita l’ID Rainbow dell’azienda cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the customer company.</source>
        <translation>Scegli l’azienda cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name must not be empty: name the PBX as on Rainbow.</source>
        <translation>Il nome del server non può essere vuoto: dai al centralino il nome che ha su Rainbow.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Sign in with the business partner&apos;s admin account.</source>
        <extracomment>Whole messages and terms (field labels, shapes) put into templates.</extracomment>
        <translation>Accedi con l’account amministratore del Business Partner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secure keyring is available on this computer to remember the password.</source>
        <translation>Su questo computer non è disponibile alcun portachiavi sicuro per ricordare la password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring is locked, so the saved Rainbow password cannot be used.</source>
        <translation>Il portachiavi di sistema è bloccato, quindi la password di Rainbow memorizzata non può essere usata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring refused to store the Rainbow password.</source>
        <translation>Il portachiavi ha rifiutato di memorizzare la password di Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password at each sign-in, or install/unlock the system keyring (Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet).</source>
        <translation>Digita la password a ogni accesso, oppure installa/sblocca il portachiavi di sistema (Gestione credenziali di Windows, Portachiavi di macOS, GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock the keyring (log in to the desktop session) and try again, or type the password.</source>
        <translation>Sblocca il portachiavi (accedi alla sessione del desktop) e riprova, oppure digita la password.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record the WebRTC gateway choice, or untick the gateway.</source>
        <translation>Registra la scelta del gateway WebRTC, oppure deseleziona il gateway.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the country of the installation.</source>
        <translation>Scegli il paese dell’installazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix: type it, or untick &apos;Use the outbound prefix&apos;.</source>
        <translation>Prefisso di uscita: digitalo, oppure deseleziona «Usa il prefisso di uscita».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installation number must contain digits only (0-9), optionally after a +.</source>
        <translation>Il numero dell’installazione deve contenere solo cifre (0-9), eventualmente dopo un +.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to Rainbow first.</source>
        <translation>Accedi prima a Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare the PBX first.</source>
        <translation>Registra prima il centralino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm every step of the PBX configuration.</source>
        <translation>Conferma ogni passaggio della configurazione del centralino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet reference</source>
        <translation>Riferimento flotta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference</source>
        <translation>Riferimento installazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National prefix</source>
        <translation>Prefisso nazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International prefix</source>
        <translation>Prefisso internazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix</source>
        <translation>Prefisso di uscita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet reference is required.</source>
        <translation>Il riferimento flotta è obbligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation reference is required.</source>
        <translation>Il riferimento installazione è obbligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 8 letters followed by 1 to 6 digits</source>
        <translation>da 2 a 8 lettere seguite da 1 a 6 cifre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 digits, a dot, 4 digits, a dot, 2 digits</source>
        <translation>4 cifre, un punto, 4 cifre, un punto, 2 cifre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number does not start with a known country calling code.</source>
        <translation>Il numero non inizia con un prefisso internazionale noto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is too short for its country: a digit is probably missing.</source>
        <translation>Il numero è troppo corto per il suo paese: probabilmente manca una cifra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is too long for its country: check the digits and prefixes.</source>
        <translation>Il numero è troppo lungo per il suo paese: controlla le cifre e i prefissi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number has a length its country does not use: check the digits.</source>
        <translation>Il numero ha una lunghezza che il suo paese non usa: controlla le cifre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is incomplete: nothing follows the +.</source>
        <translation>Il numero è incompleto: dopo il + non c’è nulla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: nothing follows the international prefix.</source>
        <translation>Il numero è incompleto: dopo il prefisso internazionale non c’è nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number is incomplete: nothing follows the national prefix.</source>
        <translation>Il numero è incompleto: dopo il prefisso nazionale non c’è nulla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: nothing follows the country.</source>
        <translation>Il numero è incompleto: dopo il prefisso del paese non c’è nulla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number: type a number to see how it is dialed.</source>
        <translation>Numero: digita un numero per vedere come viene composto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is incomplete: type the digits after the +.</source>
        <translation>Il numero è incompleto: digita le cifre dopo il +.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number may contain only digits and a leading +; spaces, dots, dashes and parentheses are ignored.</source>
        <translation>Il numero può contenere solo cifre e un + iniziale; spazi, punti, trattini e parentesi vengono ignorati.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>International number</source>
        <translation>Numero internazionale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty; enter a regular expression, for example ^0321.</source>
        <translation>vuoto; inserisci un’espressione regolare, per esempio ^0321.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeats a group that itself repeats or has alternatives, such as (0*)* or (0|00)+, which can take minutes to test one number; write the repetition once, e.g. [0-9]+ or (0|00).</source>
        <translation>ripete un gruppo che a sua volta si ripete o ha alternative, come (0*)* o (0|00)+, e provare un solo numero può richiedere minuti; scrivi la ripetizione una sola volta, ad es. [0-9]+ o (0|00).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nests its parentheses too deeply; simplify it.</source>
        <translation>annida troppe parentesi; semplificalo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was dialled.</source>
        <translation>Non è stato composto nulla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rule matches.</source>
        <translation>Nessuna regola si applica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no rules.</source>
        <translation>Non ci sono regole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an international number</source>
        <translation>un numero internazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a national number</source>
        <translation>un numero nazionale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login: %1 is not a business-partner admin on Rainbow, so it cannot manage customer companies.</source>
        <extracomment>Messages with values in them; ``%1``, ``%2``... match any text and are translated in turn.</extracomment>
        <translation>Nome utente: %1 non è un amministratore di Business Partner su Rainbow, quindi non può gestire aziende clienti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required in stock mode.</source>
        <translation>%1: obbligatorio in modalità stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not have the expected shape: %2, e.g. %3. Check it; if the real reference differs from this shape, use the override.</source>
        <translation>%1: il formato previsto è %2, ad es. %3. Controllalo; se il riferimento reale ha un formato diverso, usa l’eccezione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fleet reference cannot contain a dash: the dash separates it from the installation reference, e.g. %1.</source>
        <translation>Il riferimento flotta non può contenere un trattino: il trattino lo separa dal riferimento installazione, ad es. %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference is required, e.g. %1.</source>
        <translation>Il riferimento è obbligatorio, ad es. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference must be the fleet reference and the installation reference joined by a dash, e.g. %1.</source>
        <translation>Il riferimento deve essere il riferimento flotta e il riferimento installazione uniti da un trattino, ad es. %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must contain digits only (0-9).</source>
        <translation>%1: solo cifre (0-9).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number is too long: a public number has at most %1 digits.</source>
        <translation>Il numero è troppo lungo: un numero pubblico ha al massimo %1 cifre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: canonical form %2.</source>
        <translation>%1: forma canonica %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number (%1)</source>
        <translation>Numero nazionale (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number without national prefix, read as a national number (%1)</source>
        <translation>Numero senza prefisso nazionale, letto come numero nazionale (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal number (1 to %1 digits without prefix): the PBX routes it as is; it has no canonical form.</source>
        <translation>Numero interno (da 1 a %1 cifre senza prefisso): il centralino lo instrada così com’è; non ha forma canonica.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country: %1 is not a known country code; choose a country from the list.</source>
        <translation>Paese: %1 non è un codice paese noto; scegli un paese dall’elenco.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1, pattern: %2</source>
        <translation>Regola %1, schema: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1, replacement: %2</source>
        <translation>Regola %1, sostituzione: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1, description: contains a line break or control character; keep it on one line.</source>
        <translation>Regola %1, descrizione: contiene un a capo o un carattere di controllo; scrivila su una sola riga.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1, description: %2</source>
        <translation>Regola %1, descrizione: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains the control character(s) %1 (escape sequences, line breaks and the like), which a name or a description never needs; retype it.</source>
        <translation>contiene il o i caratteri di controllo %1 (sequenze di escape, a capo e simili), di cui un nome o una descrizione non ha mai bisogno; riscrivilo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeats %1 times, but a phone number has at most %2 digits; use smaller counts, e.g. [0-9]{1,15}.</source>
        <translation>ripete %1 volte, ma un numero di telefono ha al massimo %2 cifre; usa conteggi più piccoli, ad es. [0-9]{1,15}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 characters, over Rainbow&apos;s limit of %2; shorten it.</source>
        <translation>%1 caratteri, oltre il limite di %2 di Rainbow; accorcialo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid regular expression (%1); check its brackets, parentheses and backslashes.</source>
        <translation>non è un’espressione regolare valida (%1); controlla parentesi quadre, parentesi tonde e barre rovesciate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; escape a literal [ or - inside brackets with \.</source>
        <translation>%1; tra parentesi quadre, fai l’escape di un [ o un - letterale con \.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not support \d; written with %1 instead it is %2 characters, over the limit of %3; shorten it.</source>
        <translation>Rainbow non supporta \d; scritto con %1 è di %2 caratteri, oltre il limite di %3; accorcialo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow does not support \d; it will be sent as %1.</source>
        <translation>Rainbow non supporta \d; verrà inviato come %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write %1 instead of %2 to use a group.</source>
        <translation>scrivi %1 invece di %2 per usare un gruppo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not supported and would be sent as is; put the part you want in parentheses and write $1.</source>
        <translation>%1 non è supportato e verrebbe inviato così com’è; metti tra parentesi la parte desiderata e scrivi $1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has no group in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 si riferisce al gruppo %2, ma lo schema non ha gruppi tra parentesi; aggiungi parentesi allo schema o cambia il numero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has only %3 group in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 si riferisce al gruppo %2, ma lo schema ha solo %3 gruppo tra parentesi; aggiungi parentesi allo schema o cambia il numero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$%1 refers to group %2 but the pattern has only %3 groups in parentheses; add parentheses to the pattern or change the number.</source>
        <translation>$%1 si riferisce al gruppo %2, ma lo schema ha solo %3 gruppi tra parentesi; aggiungi parentesi allo schema o cambia il numero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains %1, which a phone cannot dial; use digits, * # +, and $1 to $9 for groups.</source>
        <translation>contiene %1, che un telefono non può comporre; usa cifre, * # + e da $1 a $9 per i gruppi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 numbering rules: Rainbow accepts at most %2; remove or merge %3.</source>
        <translation>%1 regole di numerazione: Rainbow ne accetta al massimo %2; rimuovine o uniscine %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same as rule %1, so it never applies; remove it or change one of them.</source>
        <translation>uguale alla regola %1, quindi non si applica mai; rimuovila o modifica una delle due.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow would refuse this list: more than %1 rules.</source>
        <translation>Rainbow rifiuterebbe questo elenco: più di %1 regole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 was skipped: it has an error.</source>
        <translation>La regola %1 è stata saltata: contiene un errore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches: the call is blocked.</source>
        <translation>Si applica %1: la chiamata viene bloccata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches: the PBX receives %2.</source>
        <translation>Si applica %1: il centralino riceve %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 &quot;%2&quot; (%3 → %4)</source>
        <translation>la regola %1 «%2» (%3 → %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1 (%2 → %3)</source>
        <translation>la regola %1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow adds no outbound prefix after a rule: if this number leaves the PBX, write the outbound prefix %1 into the replacement.</source>
        <translation>Rainbow non aggiunge alcun prefisso di uscita dopo una regola: se questo numero esce dal centralino, scrivi il prefisso di uscita %1 nella sostituzione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow treats it as an internal number: the PBX receives %1.</source>
        <translation>Rainbow lo tratta come un numero interno: il centralino riceve %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not recognise it: the PBX receives %1 as dialled.</source>
        <translation>Rainbow non lo riconosce: il centralino riceve %1 così come è stato composto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow treats it as %1 and adds the outbound prefix %2: the PBX receives %3.</source>
        <translation>Rainbow lo tratta come %1 e aggiunge il prefisso di uscita %2: il centralino riceve %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow treats it as %1: the PBX receives %2.</source>
        <translation>Rainbow lo tratta come %1: il centralino riceve %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an international number (+ becomes %1)</source>
        <translation>un numero internazionale (il + diventa %1)</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_local.py" line="+19"/>
        <source>If it is this PBX&apos;s declaration, take it over (&apos;declare --adopt&apos; on the command line, &apos;Take over…&apos; in the wizard); otherwise delete it in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers) before declaring again, or choose another server name.</source>
        <translation>Se è la registrazione di questo centralino, rilevala («declare --adopt» dalla riga di comando, «Rilevare questa registrazione…» nella procedura guidata); altrimenti eliminala nel portale di amministrazione di Rainbow (Customer companies &gt; l’azienda &gt; Communication &gt; Comm. Servers) prima di registrare di nuovo, oppure scegli un altro nome del server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The declaration was sent, but whether Rainbow recorded it is unknown: Rainbow could not be reached to check.</source>
        <translation>La registrazione è stata inviata, ma non si sa se Rainbow l’abbia salvata: non è stato possibile raggiungere Rainbow per verificarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the network is back, run the declaration again: it looks for an existing declaration first and never creates a second one.</source>
        <translation>Quando la rete torna disponibile, esegui di nuovo la registrazione: cerca prima una registrazione esistente e non ne crea mai una seconda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow refuses this PBX to your account.</source>
        <translation>Rainbow nega al tuo account l’accesso a questo centralino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, either another business partner has declared this PBX (ask them, or ALE support, to release it), or the company is not one of your customers on Rainbow (sign in with the business-partner admin account that manages it).</source>
        <translation>Controlla l’ID apparato (i riferimenti di flotta e di installazione che identificano questo centralino nell’elenco della tua flotta). Se è corretto, o un altro Business Partner ha registrato questo centralino (chiedi a lui, o al supporto ALE, di liberarlo), oppure l’azienda non è tra i tuoi clienti su Rainbow (accedi con l’account amministratore del Business Partner che la gestisce).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This equipment id is already declared on Rainbow, where your account cannot see it.</source>
        <translation>Questo ID apparato è già registrato su Rainbow, dove il tuo account non può vederlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, it was declared by another business partner (or by an account with other rights): ask them, or ALE support, to release it.</source>
        <translation>Controlla l’ID apparato (i riferimenti di flotta e di installazione che identificano questo centralino nell’elenco della tua flotta). Se è corretto, è stato registrato da un altro Business Partner (o da un account con altri diritti): chiedi a lui, o al supporto ALE, di liberarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This PBX is already declared on Rainbow for another customer company.</source>
        <translation>Questo centralino è già registrato su Rainbow per un’altra azienda cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the equipment id (the fleet and installation references that identify this PBX in your fleet list). If it is right, this PBX was declared for another company: check the chosen company, or delete the old declaration in the Rainbow admin portal (Customer companies &gt; that company &gt; Communication &gt; Comm. Servers) first.</source>
        <translation>Controlla l’ID apparato (i riferimenti di flotta e di installazione che identificano questo centralino nell’elenco della tua flotta). Se è corretto, questo centralino è stato registrato per un’altra azienda: controlla l’azienda scelta, oppure elimina prima la vecchia registrazione nel portale di amministrazione di Rainbow (Customer companies &gt; quell’azienda &gt; Communication &gt; Comm. Servers).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several PBXs with this name are already declared on this site.</source>
        <translation>In questa sede sono già registrati più centralini con questo nome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the extra ones in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers), or choose another name.</source>
        <translation>Elimina quelli in più nel portale di amministrazione di Rainbow (Customer companies &gt; l’azienda &gt; Communication &gt; Comm. Servers), oppure scegli un altro nome.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the site the PBX belongs to (--site-id on the command line).</source>
        <translation>Scegli la sede a cui appartiene il centralino (--site-id dalla riga di comando).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer company has no site on Rainbow, and a PBX must belong to a site.</source>
        <translation>L’azienda cliente non ha alcuna sede su Rainbow, e un centralino deve appartenere a una sede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agree to create one (--create-site on the command line), or create it in the Rainbow admin portal (Customer companies &gt; the company).</source>
        <translation>Accetta di crearne una (--create-site dalla riga di comando), oppure creala nel portale di amministrazione di Rainbow (Customer companies &gt; l’azienda).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the company&apos;s Rainbow id (company.id in the installation file): it must be one of your customer companies, and it may have been deleted in the Rainbow admin portal.</source>
        <translation>Controlla l’ID Rainbow dell’azienda (company.id nel file di installazione): deve essere una delle tue aziende clienti, e potrebbe essere stata eliminata nel portale di amministrazione di Rainbow.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The equipment id is not known yet: declare the PBX on Rainbow first.</source>
        <translation>L’ID apparato non è ancora noto: registra prima il centralino su Rainbow.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The activation code is not known yet: declare the PBX on Rainbow first.</source>
        <translation>Il codice di attivazione non è ancora noto: registra prima il centralino su Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let it end (or close the program running it), then run the declaration again: it finds what the other one declared.</source>
        <translation>Lasciala terminare (o chiudi il programma che la esegue), poi esegui di nuovo la registrazione: trova ciò che l’altra ha registrato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the equipment id and activation code shown now (enter them in OMC &gt; Cloud &gt; Rainbow). Then make the file writable (free some space, or copy it to a folder you may write to) and declare it again: the declaration is found and recorded.</source>
        <translation>Copia l’ID apparato e il codice di attivazione mostrati ora (inseriscili in OMC &gt; Cloud &gt; Rainbow). Poi rendi il file scrivibile (libera spazio, o copialo in una cartella in cui puoi scrivere) e registralo di nuovo: la registrazione viene trovata e salvata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was declared. Make the file writable (free some space, or copy it to a folder you may write to), then declare it again.</source>
        <translation>Non è stato registrato nulla. Rendi il file scrivibile (libera spazio, o copialo in una cartella in cui puoi scrivere), poi registralo di nuovo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free some space or choose a folder you may write to, then run again: what was done on Rainbow is found again and reused.</source>
        <translation>Libera spazio o scegli una cartella in cui puoi scrivere, poi esegui di nuovo: ciò che è stato fatto su Rainbow viene ritrovato e riutilizzato.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the equipment id and the company; reuse or delete the existing declaration in the Rainbow admin portal first.</source>
        <translation>Controlla l’ID apparato e l’azienda; riutilizza o elimina prima la registrazione esistente nel portale di amministrazione di Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account signed in is not a business-partner admin.</source>
        <translation>L’account con cui hai effettuato l’accesso non è un amministratore di Business Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the company chosen in the installation, or sign in with the account of the business partner that manages it.</source>
        <translation>Controlla l’azienda scelta nell’installazione, oppure accedi con l’account del Business Partner che la gestisce.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one of the company&apos;s sites (--site-id on the command line).</source>
        <translation>Scegli una delle sedi dell’azienda (--site-id dalla riga di comando).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked once the site is known.</source>
        <translation>Verificato quando la sede è nota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site is new: no system of this name can exist on it.</source>
        <translation>La sede è nuova: non può esistervi alcun sistema con questo nome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The equipment id is free: a new system would be declared.</source>
        <translation>L’ID apparato è libero: verrebbe registrato un nuovo sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system of this name on the site: a new one would be declared.</source>
        <translation>Nessun sistema con questo nome nella sede: ne verrebbe registrato uno nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the country of the installation; Rainbow lists the countries it accepts (GET /systems/countries).</source>
        <translation>Controlla il paese dell’installazione; Rainbow elenca i paesi che accetta (GET /systems/countries).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by another business partner</source>
        <translation>da un altro Business Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for another customer company</source>
        <translation>per un’altra azienda cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several times on this site</source>
        <translation>più volte in questa sede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An installation file must contain a JSON object.</source>
        <translation>Un file di installazione deve contenere un oggetto JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema_version is missing: this is not an installation file, or it was damaged.</source>
        <translation>Manca schema_version: non è un file di installazione, oppure è danneggiato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery mode: BTCO is not available for OXO Connect Evolution; use stock mode for this PBX.</source>
        <translation>Modalità di consegna: BTCO non è disponibile per OXO Connect Evolution; usa la modalità stock per questo centralino.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow server must be a web address such as https://openrainbow.com.</source>
        <translation>Il server Rainbow deve essere un indirizzo web come https://openrainbow.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbound prefix: &apos;Use the outbound prefix&apos; is ticked but no prefix is given.</source>
        <translation>Prefisso di uscita: «Usa il prefisso di uscita» è selezionato, ma non è indicato alcun prefisso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebRTC gateway: confirm the choice (licence_accepted) before enabling it; the licence itself is accepted in the Rainbow admin portal.</source>
        <translation>Gateway WebRTC: conferma la scelta (licence_accepted) prima di abilitarlo; la licenza vera e propria si accetta nel portale di amministrazione di Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PBX model</source>
        <translation>Modello di centralino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery mode</source>
        <translation>Modalità di consegna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow server</source>
        <translation>Server Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Azienda cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company id</source>
        <translation>ID azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Nome azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nome del server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC gateway</source>
        <translation>Gateway WebRTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment id</source>
        <translation>ID apparato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Codice di attivazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation number</source>
        <translation>Numero dell’installazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Regole di numerazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the outbound prefix</source>
        <translation>Usa il prefisso di uscita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference override</source>
        <translation>Eccezione sul riferimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another folder (e.g. the Desktop or Documents).</source>
        <translation>Scegli un’altra cartella (ad es. la Scrivania o Documenti).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not declared</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected by a passphrase: open it in the wizard to see its credentials.</source>
        <translation>Protetto da una passphrase: aprilo nella procedura guidata per vederne le credenziali.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read.</source>
        <translation>Il file non può essere letto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase holds bytes that are not text in UTF-8 (as set in the environment or typed on a terminal with another encoding); set it again in plain text.</source>
        <translation>La passphrase contiene byte che non sono testo UTF-8 (come impostata nell’ambiente o digitata in un terminale con un’altra codifica); reimpostala come testo semplice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase is empty: give one to protect the file.</source>
        <translation>La passphrase è vuota: indicane una per proteggere il file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is wrong, or the protected part does not belong to this file (it was copied from another file, or the PBX model, mode, company, server name or Rainbow server was edited outside the program). Nothing was changed.</source>
        <translation>La passphrase è errata, oppure la parte protetta non appartiene a questo file (è stata copiata da un altro file, oppure il modello di centralino, la modalità, l’azienda, il nome del server o il server Rainbow sono stati modificati fuori dal programma). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This PBX is already declared on Rainbow for this company as &apos;%1&apos;.</source>
        <translation>Questo centralino è già registrato su Rainbow per questa azienda come «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer company has %1 sites: %2.</source>
        <translation>L’azienda cliente ha %1 sedi: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not know the customer company %1.</source>
        <translation>Rainbow non conosce l’azienda cliente %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another declaration of this PBX is running on this computer and did not end in time. %1</source>
        <translation>Un’altra registrazione di questo centralino è in corso su questo computer e non è terminata in tempo. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was declared. Free some space, or set %1 to a folder you may write to, then run again.</source>
        <translation>Non è stato registrato nulla. Libera spazio, oppure imposta %1 su una cartella in cui puoi scrivere, poi esegui di nuovo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX is declared on Rainbow (system %1), but the installation file cannot be written: %2</source>
        <translation>Il centralino è registrato su Rainbow (sistema %1), ma il file di installazione non può essere scritto: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This PBX is already declared on Rainbow %1.</source>
        <translation>Questo centralino è già registrato su Rainbow %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for this company as &apos;%1&apos;</source>
        <translation>per questa azienda come «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1, a business-partner admin.</source>
        <translation>Accesso effettuato come %1, amministratore di Business Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer company %1 is not one of this business partner&apos;s customers on Rainbow.</source>
        <translation>L’azienda cliente %1 non è tra i clienti di questo Business Partner su Rainbow.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, a customer of this business partner.</source>
        <translation>%1, cliente di questo Business Partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site %1 of the installation is not a site of this company.</source>
        <translation>La sede %1 dell’installazione non è una sede di questa azienda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the company&apos;s only site).</source>
        <translation>%1 (l’unica sede dell’azienda).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet: the site &apos;%1&apos; would be created.</source>
        <translation>Ancora nessuna: verrebbe creata la sede «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already declared for this company as &apos;%1&apos;: declaring would reuse it and send nothing.</source>
        <translation>Già registrato per questa azienda come «%1»: la registrazione lo riutilizzerebbe senza inviare nulla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow accepts the country %1 for a PBX.</source>
        <translation>Rainbow accetta il paese %1 per un centralino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not accept the country %1 for a PBX.</source>
        <translation>Rainbow non accetta il paese %1 per un centralino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 numbering rule(s), within Rainbow&apos;s limits (at most %2 rules, patterns of at most %3 characters).</source>
        <translation>%1 regola/e di numerazione, entro i limiti di Rainbow (al massimo %2 regole, schemi di al massimo %3 caratteri).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is larger than %2: it is not an installation file (they are a few kilobytes); check the file name.</source>
        <translation>%1 è più grande di %2: non è un file di installazione (occupano pochi kilobyte); controlla il nome del file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 does not exist.</source>
        <translation>Il file %1 non esiste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not an installation file.</source>
        <translation>%1 è una cartella, non un file di installazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be read: permission denied.</source>
        <translation>Il file %1 non può essere letto: permesso negato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Il file %1 non può essere letto: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Il file %1 non può essere scritto: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a text file in UTF-8: is it really an installation file?</source>
        <translation>%1 non è un file di testo in UTF-8: è davvero un file di installazione?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 non è JSON valido: %2 alla riga %3, colonna %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nests its values too deeply to be an installation file; check the file name, or restore the file from a copy.</source>
        <translation>%1 annida i suoi valori troppo in profondità per essere un file di installazione; controlla il nome del file, oppure ripristina il file da una copia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds a number of thousands of digits; an installation file has no such number: check the file name, or restore the file from a copy.</source>
        <translation>%1 contiene un numero di migliaia di cifre; un file di installazione non ha numeri simili: controlla il nome del file, oppure ripristina il file da una copia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is protected by a passphrase: its equipment id and activation code (and stock references) open only with it.</source>
        <translation>%1 è protetto da una passphrase: il suo ID apparato e il suo codice di attivazione (e i riferimenti stock) si aprono solo con essa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase must have at least %1 characters; a few words are easier to remember and harder to guess.</source>
        <translation>La passphrase deve avere almeno %1 caratteri; alcune parole sono più facili da ricordare e più difficili da indovinare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The protected part of the file is damaged (%1); use an intact copy of the file.</source>
        <translation>La parte protetta del file è danneggiata (%1); usa una copia intatta del file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is written in clear text in a protected file; remove the value (it is kept protected) or unprotect the file first.</source>
        <translation>%1 è scritto in chiaro in un file protetto; rimuovi il valore (resta conservato in forma protetta) oppure togli prima la protezione al file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required but missing.</source>
        <translation>%1: manca un valore obbligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a field of an installation file; remove it.</source>
        <translation>%1: non è un campo di un file di installazione; rimuovilo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has the value %2; expected one of: %3.</source>
        <translation>%1 ha il valore %2; previsto uno di: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be text, in double quotes.</source>
        <translation>%1 deve essere un testo, tra virgolette doppie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country is required: use a two-letter ISO code such as FR, DE or GB.</source>
        <translation>Il paese è obbligatorio: usa un codice ISO di due lettere come FR, DE o GB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must not be empty.</source>
        <translation>%1 non può essere vuoto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be true or false, without quotes.</source>
        <translation>%1 deve essere true o false, senza virgolette.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 deve essere un numero intero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a number.</source>
        <translation>%1 deve essere un numero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a JSON object, in braces { }.</source>
        <translation>%1 deve essere un oggetto JSON, tra parentesi graffe { }.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a JSON list, in brackets [ ].</source>
        <translation>%1 deve essere un elenco JSON, tra parentesi quadre [ ].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a date and time such as 2026-01-31T09:30:00Z.</source>
        <translation>%1 deve essere una data con ora come 2026-01-31T09:30:00Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be valid JSON.</source>
        <translation>%1 deve essere JSON valido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is longer than %2 characters; shorten it.</source>
        <translation>%1 supera i %2 caratteri; accorcialo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has a value of the wrong kind; compare it with a file the program wrote, or enter it again in the wizard.</source>
        <translation>%1 ha un valore di tipo errato; confrontalo con un file scritto dal programma o inseriscilo di nuovo nella procedura guidata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must contain digits only (0-9); remove spaces and other characters.</source>
        <translation>%1: solo cifre (0-9); rimuovi spazi e altri caratteri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains the control character(s) %2 (escape sequences, line breaks and the like), which a name or a description never needs; retype it.</source>
        <translation>%1: contiene il o i caratteri di controllo %2 (sequenze di escape, a capo e simili), di cui un nome o una descrizione non ha mai bisogno; riscrivilo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbering rule %1, %2</source>
        <translation>Regola di numerazione %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: &apos;%1&apos; is not a country code the phone-number data knows; use a two-letter ISO code such as FR, DE or GB.</source>
        <translation>Paese: «%1» non è un codice paese noto ai dati di numerazione; usa un codice ISO di due lettere, come FR, DE o GB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema_version %1 is not supported by this version of the program (it reads version %2); update the program.</source>
        <translation>schema_version %1 non è supportato da questa versione del programma (legge la versione %2); aggiorna il programma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diagnostics file %1 cannot be written: %2.</source>
        <translation>Il file di diagnostica %1 non può essere scritto: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report %1 cannot be written: %2.</source>
        <translation>Il rapporto %1 non può essere scritto: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report %1 could not be written: the PDF is empty.</source>
        <translation>Impossibile scrivere il rapporto %1: il PDF è vuoto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program on this computer held the lock %1 for %2 s.</source>
        <translation>Un altro programma su questo computer ha tenuto il blocco %1 per %2 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock folder %1 cannot be created: %2.</source>
        <translation>La cartella dei blocchi %1 non può essere creata: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock file %1 cannot be used: %2.</source>
        <translation>Il file di blocco %1 non può essere usato: %2.</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_remote.py" line="+21"/>
        <source>The Rainbow session has expired.</source>
        <translation>La sessione Rainbow è scaduta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow again and repeat the step.</source>
        <translation>Accedi di nuovo a Rainbow e ripeti il passaggio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Rainbow session is no longer valid.</source>
        <translation>La sessione Rainbow non è più valida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow again.</source>
        <translation>Accedi di nuovo a Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the login or password.</source>
        <translation>Rainbow ha rifiutato il nome utente o la password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the login (the e-mail address of the Rainbow admin account) and the password; they are those of the Rainbow admin portal.</source>
        <translation>Controlla il nome utente (l’indirizzo e-mail dell’account amministratore Rainbow) e la password; sono quelli del portale di amministrazione di Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow refused the application id or application secret.</source>
        <translation>Rainbow ha rifiutato l’ID o il segreto dell’applicazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check both values in the sign-in settings (developers.openrainbow.com &gt; My applications), or leave both empty if you do not use a Rainbow application.</source>
        <translation>Controlla entrambi i valori nelle impostazioni di accesso (developers.openrainbow.com &gt; My applications), oppure lasciali entrambi vuoti se non usi un’applicazione Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This company is not one of your customers on Rainbow.</source>
        <translation>Questa azienda non è tra i tuoi clienti su Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the business-partner admin account that manages this customer company.</source>
        <translation>Accedi con l’account amministratore del Business Partner che gestisce questa azienda cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This equipment id is already declared on Rainbow.</source>
        <translation>Questo ID apparato è già registrato su Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the equipment id (fleet and installation references); if this PBX was declared before, reuse that declaration instead of creating another one.</source>
        <translation>Controlla l’ID apparato (riferimenti di flotta e di installazione); se questo centralino è già stato registrato, riutilizza quella registrazione invece di crearne un’altra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow is receiving too many requests from this account.</source>
        <translation>Rainbow sta ricevendo troppe richieste da questo account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute, then repeat the step.</source>
        <translation>Attendi un minuto, poi ripeti il passaggio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused a value of the request.</source>
        <translation>Rainbow ha rifiutato un valore della richiesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it and try again.</source>
        <translation>Correggilo e riprova.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct it and retry.</source>
        <translation>Correggilo e riprova.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the sign-in.</source>
        <translation>Rainbow ha rifiutato l’accesso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the login and password, then sign in again.</source>
        <translation>Controlla nome utente e password, poi accedi di nuovo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Rainbow account may not do this.</source>
        <translation>Il tuo account Rainbow non può farlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow does not know this object.</source>
        <translation>Rainbow non conosce questo oggetto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been deleted in the Rainbow admin portal (Customer companies, or Communication &gt; Comm. Servers): refresh the list.</source>
        <translation>Potrebbe essere stato eliminato nel portale di amministrazione di Rainbow (Customer companies, oppure Communication &gt; Comm. Servers): aggiorna l’elenco.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow did not receive the request in time.</source>
        <translation>Rainbow non ha ricevuto la richiesta in tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network and try again.</source>
        <translation>Controlla la rete e riprova.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This already exists on Rainbow.</source>
        <translation>Esiste già su Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list and reuse the existing entry.</source>
        <translation>Aggiorna l’elenco e riutilizza la voce esistente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is too large for Rainbow.</source>
        <translation>La richiesta è troppo grande per Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the number of rules.</source>
        <translation>Riduci il numero di regole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow had an internal problem and did not complete the request.</source>
        <translation>Rainbow ha avuto un problema interno e non ha completato la richiesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait a few minutes and try again; check status.openrainbow.com if it persists.</source>
        <translation>Attendi qualche minuto e riprova; se persiste, controlla status.openrainbow.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow answered with an unexpected error.</source>
        <translation>Rainbow ha risposto con un errore imprevisto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it persists, save the log.</source>
        <translation>Riprova; se persiste, salva il log.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PBX name</source>
        <translation>il nome del centralino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>l’azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX type</source>
        <translation>il tipo di centralino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>il paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment id</source>
        <translation>l’ID apparato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation code</source>
        <translation>il codice di attivazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national prefix</source>
        <translation>il prefisso nazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>international prefix</source>
        <translation>il prefisso internazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outbound prefix</source>
        <translation>il prefisso di uscita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use of the outbound prefix</source>
        <translation>l’uso del prefisso di uscita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rules</source>
        <translation>le regole di numerazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule pattern</source>
        <translation>lo schema della regola di numerazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule replacement</source>
        <translation>la sostituzione della regola di numerazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering rule description</source>
        <translation>la descrizione della regola di numerazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system</source>
        <translation>il sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system state</source>
        <translation>lo stato del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed-in user</source>
        <translation>l’utente che ha effettuato l’accesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in</source>
        <translation>l’accesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token renewal</source>
        <translation>il rinnovo del token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in to Rainbow.</source>
        <translation>Accesso a Rainbow non effettuato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or a guest Wi-Fi login page may be answering instead of Rainbow: open a web browser to check, and check the server address.</source>
        <translation>Un proxy o la pagina di accesso di una Wi-Fi ospiti potrebbe rispondere al posto di Rainbow: apri un browser web per verificarlo, e controlla l’indirizzo del server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proxy or antivirus that inspects TLS may be replacing Rainbow&apos;s certificate: add its CA certificate in Settings (custom CA bundle), or ask the network administrator.</source>
        <translation>Un proxy o un antivirus che ispeziona il TLS potrebbe sostituire il certificato di Rainbow: aggiungi il suo certificato CA in Impostazioni (file CA personalizzato), oppure chiedi all’amministratore di rete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the server address and that this computer is connected to the internet.</source>
        <translation>Controlla l’indirizzo del server e che questo computer sia connesso a Internet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network or Rainbow is slow: try again. A change may still have been applied; the installer checks before repeating it.</source>
        <translation>La rete o Rainbow sono lenti: riprova. Una modifica potrebbe essere stata comunque applicata; il programma lo verifica prima di ripeterla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use an address beginning with https://, e.g. https://openrainbow.com.</source>
        <translation>Usa un indirizzo che inizia con https://, ad es. https://openrainbow.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the network and try again; the installer checks whether a change was applied before repeating it.</source>
        <translation>Controlla la rete e riprova; il programma verifica se una modifica è stata applicata prima di ripeterla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a firewall must allow outgoing TCP 443 to openrainbow.com and *.openrainbow.com</source>
        <translation>un firewall deve consentire il TCP 443 in uscita verso openrainbow.com e *.openrainbow.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use an https:// address, e.g. https://openrainbow.com or https://sandbox.openrainbow.com.</source>
        <translation>Usa un indirizzo https://, ad es. https://openrainbow.com o https://sandbox.openrainbow.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rainbow&apos;s list of countries is not a list.</source>
        <translation>L’elenco dei paesi di Rainbow non è un elenco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s sign-in answer has no token.</source>
        <translation>La risposta di accesso di Rainbow non contiene alcun token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a PEM file holding the CA certificate of your proxy or antivirus (text beginning with -----BEGIN CERTIFICATE-----).</source>
        <translation>Scegli un file PEM che contenga il certificato CA del tuo proxy o antivirus (testo che inizia con -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS handshake</source>
        <translation>Handshake TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy in use</source>
        <translation>Proxy in uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>nessuna risposta in tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and the DNS server of this computer (or the guest Wi-Fi&apos;s login page).</source>
        <translation>Controlla la connessione di rete e il server DNS di questo computer (o la pagina di accesso della Wi-Fi ospiti).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A proxy or antivirus that inspects TLS may be replacing Rainbow&apos;s certificate: add its CA certificate in Settings (custom CA bundle).</source>
        <translation>Un proxy o un antivirus che ispeziona il TLS potrebbe sostituire il certificato di Rainbow: aggiungi il suo certificato CA in Impostazioni (file CA personalizzato).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tried: the name did not resolve.</source>
        <translation>Non tentato: il nome non è stato risolto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used: plain HTTP (the sandbox on this computer).</source>
        <translation>Non usato: HTTP non cifrato (la sandbox su questo computer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tried: no TCP connection.</source>
        <translation>Non tentato: nessuna connessione TCP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy configured: the program connects directly.</source>
        <translation>Nessun proxy configurato: il programma si connette direttamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment</source>
        <translation>ambiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment or system settings</source>
        <translation>ambiente o impostazioni di sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used for this computer&apos;s own addresses (the sandbox)</source>
        <translation>non usato per gli indirizzi di questo computer (la sandbox)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used for this server (exempted)</source>
        <translation>non usato per questo server (escluso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used for this server</source>
        <translation>usato per questo server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Activation code&quot; is read-only on this PBX after a successful activation: it is already connected with its code.</source>
        <translation>&quot;Activation code&quot; è di sola lettura su questo centralino dopo un’attivazione riuscita: è già connesso con il suo codice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To use another code, reset the connection on Rainbow first.</source>
        <translation>Per usare un altro codice, reimposta prima la connessione su Rainbow.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox has no PBX with this CPU serial number.</source>
        <translation>La sandbox non ha alcun centralino con questo numero di serie della CPU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of the PBXs the sandbox lists.</source>
        <translation>Scegli uno dei centralini elencati dalla sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the sandbox is running and that its PBX address is right.</source>
        <translation>Controlla che la sandbox sia in esecuzione e che il suo indirizzo del centralino sia corretto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings may or may not have been applied: read them again before applying.</source>
        <translation>Le impostazioni potrebbero essere state applicate oppure no: rileggile prima di applicare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the address is the sandbox&apos;s PBX endpoint.</source>
        <translation>Controlla che l’indirizzo sia l’endpoint dei centralini della sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX did not answer in time.</source>
        <translation>Il centralino della sandbox non ha risposto in tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX could not be reached.</source>
        <translation>Il centralino della sandbox non è raggiungibile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it persists, restart the sandbox.</source>
        <translation>Riprova; se persiste, riavvia la sandbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s status lacks a readable connection.</source>
        <translation>Lo stato del centralino della sandbox non indica una connessione leggibile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list holds an unreadable entry.</source>
        <translation>L’elenco dei centralini della sandbox contiene una voce illeggibile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list holds an unknown model or mode.</source>
        <translation>L’elenco dei centralini della sandbox contiene un modello o una modalità sconosciuti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s PBX list is not readable.</source>
        <translation>L’elenco dei centralini della sandbox non è leggibile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an https:// address, or the sandbox&apos;s pbx_url (http://127.0.0.1:PORT).</source>
        <translation>Usa un indirizzo https://, oppure il pbx_url della sandbox (http://127.0.0.1:PORT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sandbox PBX matches this plan (stock: its references; BTCO: a free PBX).</source>
        <translation>Nessun centralino della sandbox corrisponde a questa installazione (stock: i suoi riferimenti; BTCO: un centralino libero).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the plan&apos;s fleet and installation references against the sandbox&apos;s PBXs.</source>
        <translation>Confronta i riferimenti di flotta e di installazione dell’installazione con i centralini della sandbox.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU serial number</source>
        <translation>il numero di serie della CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings</source>
        <translation>le impostazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its settings</source>
        <translation>le sue impostazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its PBXs</source>
        <translation>i suoi centralini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its status</source>
        <translation>il suo stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment id: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the equipment id Rainbow showed.</source>
        <translation>ID apparato: in modalità BTCO Rainbow lo genera alla registrazione del centralino; registra prima il centralino oppure inserisci l’ID apparato mostrato da Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation code: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the activation code Rainbow showed.</source>
        <translation>Codice di attivazione: in modalità BTCO Rainbow lo genera alla registrazione del centralino; registra prima il centralino oppure inserisci il codice di attivazione mostrato da Rainbow.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;Rainbow enabled&quot;: the OMC checklist only enables Rainbow; to disable it, untick the box in OMC yourself.</source>
        <translation>&quot;Rainbow enabled&quot;: la checklist OMC abilita soltanto Rainbow; per disabilitarlo, deseleziona tu stesso la casella in OMC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Rainbow PABX-ID&quot;: the value to apply is not the equipment id the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Rainbow PABX-ID&quot;: il valore da applicare non è l’ID apparato mostrato dalla checklist OMC; ricrea la checklist a partire dall’installazione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Activation code&quot;: the value to apply is not the code the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Activation code&quot;: il valore da applicare non è il codice mostrato dalla checklist OMC; ricrea la checklist a partire dall’installazione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Domain name&quot;: the value to apply is not the domain the OMC checklist shows; another domain has to be entered in OMC by hand.</source>
        <translation>&quot;Domain name&quot;: il valore da applicare non è il dominio indicato dalla checklist OMC; un altro dominio va inserito a mano in OMC.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rainbow refused a value of the request: %1.</source>
        <translation>Rainbow ha rifiutato un valore della richiesta: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the %1: %2.</source>
        <translation>Rainbow ha rifiutato %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow refused the %1.</source>
        <translation>Rainbow ha rifiutato %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the %1.</source>
        <translation>Correggi %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a firewall must allow outgoing TCP %1 to %2</source>
        <translation>un firewall deve consentire il TCP %1 in uscita verso %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>La connessione sicura a %1 non è riuscita: il suo certificato non è attendibile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server name %1 could not be found (DNS).</source>
        <translation>Il nome del server %1 non è stato trovato (DNS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 was refused.</source>
        <translation>La connessione a %1 è stata rifiutata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address and port; %1.</source>
        <translation>Controlla l’indirizzo e la porta del server; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect to %1.</source>
        <translation>Impossibile connettersi a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer is connected to the internet; %1.</source>
        <translation>Controlla che questo computer sia connesso a Internet; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer the connection in time.</source>
        <translation>%1 non ha risposto in tempo alla connessione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network is slow or a firewall drops the traffic; %1. Try again.</source>
        <translation>La rete è lenta o un firewall scarta il traffico; %1. Riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 non ha risposto in tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy refused or failed the connection to %1.</source>
        <translation>Il proxy ha rifiutato o non è riuscito a stabilire la connessione a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy settings of this computer (or HTTPS_PROXY), and that the proxy allows %1.</source>
        <translation>Controlla le impostazioni del proxy di questo computer (o HTTPS_PROXY), e che il proxy consenta %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address for %1 is not usable.</source>
        <translation>L’indirizzo del server per %1 non è utilizzabile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 broke before the answer arrived.</source>
        <translation>La connessione a %1 si è interrotta prima dell’arrivo della risposta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange with %1 failed (%2).</source>
        <translation>Lo scambio con %1 non è riuscito (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Rainbow server address &apos;%1&apos; is not usable.</source>
        <translation>L’indirizzo del server Rainbow «%1» non è utilizzabile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 has no &apos;data&apos;.</source>
        <translation>La risposta di Rainbow che riguarda %1 non contiene «data».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 has no readable &apos;%2&apos;.</source>
        <translation>La risposta di Rainbow che riguarda %1 non contiene un «%2» leggibile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 is not JSON.</source>
        <translation>La risposta di Rainbow che riguarda %1 non è JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s answer about a %1 is not an object.</source>
        <translation>La risposta di Rainbow che riguarda %1 non è un oggetto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow&apos;s list of %1 entries is not a list.</source>
        <translation>L’elenco di Rainbow che riguarda %1 non è un elenco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate file %1 could not be loaded.</source>
        <translation>Impossibile caricare il file del certificato CA %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS of %1</source>
        <translation>DNS di %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP port %1</source>
        <translation>Porta TCP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name could not be resolved (%1).</source>
        <translation>Impossibile risolvere il nome (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolves to %1.</source>
        <translation>Si risolve in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection to port %1 (%2).</source>
        <translation>Nessuna connessione alla porta %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 port %2.</source>
        <translation>Connesso a %1, porta %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network; %1.</source>
        <translation>Controlla la rete; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not trusted (%1).</source>
        <translation>Il certificato del server non è attendibile (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handshake failed (%1).</source>
        <translation>L’handshake non è riuscito (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2; trusted.</source>
        <translation>%1, %2; attendibile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate for %1, issued by %2</source>
        <translation>certificato per %1, emesso da %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 proxy %2 (%3), %4.</source>
        <translation>Proxy %1 %2 (%3), %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX refused the %1: %2</source>
        <translation>Il centralino ha rifiutato %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX refused the %1.</source>
        <translation>Il centralino ha rifiutato %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the %1 and apply again.</source>
        <translation>Correggi %1 e applica di nuovo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX refused the request (HTTP %1).</source>
        <translation>Il centralino della sandbox ha rifiutato la richiesta (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s answer about %1 is not JSON.</source>
        <translation>La risposta del centralino della sandbox che riguarda %1 non è JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s answer about %1 is not a JSON object.</source>
        <translation>La risposta del centralino della sandbox che riguarda %1 non è un oggetto JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox PBX&apos;s settings lack a readable %1.</source>
        <translation>Nelle impostazioni del centralino della sandbox manca un valore leggibile per %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX address &apos;%1&apos; is not usable: the PBX settings hold the activation code, and plain http is allowed only to this computer (the sandbox).</source>
        <translation>L’indirizzo del centralino «%1» non è utilizzabile: le impostazioni del centralino contengono il codice di attivazione, e l’http non cifrato è consentito solo verso questo computer (la sandbox).</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/support/catalogue_batch.py" line="+19"/>
        <source>The CSV file is not text in UTF-8 or Windows-1252: save it from the spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation>Il file CSV non è testo in UTF-8 né in Windows-1252: salvalo dal foglio di calcolo come «CSV UTF-8».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file is empty: no header row.</source>
        <translation>Il file CSV è vuoto: manca la riga di intestazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file has a header row but no PBX rows.</source>
        <translation>Il file CSV ha una riga di intestazione ma nessuna riga di centralino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expecting value</source>
        <translation>valore atteso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>virgola attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>due punti attesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>atteso un nome di proprietà tra virgolette doppie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterminated string starting at</source>
        <translation>stringa non terminata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid control character at</source>
        <translation>carattere di controllo non valido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid \escape</source>
        <translation>sequenza di escape non valida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra data</source>
        <translation>dati in eccesso dopo la fine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, rule %2: must be an object with regexp_match and regexp_replace.</source>
        <translation>%1, regola %2: deve essere un oggetto con regexp_match e regexp_replace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, rule %2: &apos;%3&apos; is not a rule field; remove it.</source>
        <translation>%1, regola %2: «%3» non è un campo di regola; rimuovilo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: both %3 and %4 are given; keep one.</source>
        <translation>%1, regola %2: sono indicati sia %3 sia %4; tienine uno solo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: %3 must be text (in double quotes).</source>
        <translation>%1, regola %2: %3 deve essere un testo (tra virgolette doppie).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, rule %2: regexp_replace is missing; write &quot;&quot; to block the numbers the rule matches.</source>
        <translation>%1, regola %2: manca regexp_replace; scrivi una stringa vuota (due virgolette doppie) per bloccare i numeri riconosciuti dalla regola.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, rule %2: Rainbow does not support \d; written as %3.</source>
        <translation>%1, regola %2: Rainbow non supporta \d; scritto come %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a rules file: its JSON nests too deeply or holds a huge number.</source>
        <translation>%1 non è un file di regole: il suo JSON è annidato troppo in profondità o contiene un numero enorme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must hold a JSON list of rules, e.g. %2.</source>
        <translation>%1 deve contenere un elenco JSON di regole, ad es. %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In %1: %2</source>
        <translation>In %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file lacks the required column(s) %1 (its header row, read with &apos;%2&apos; as separator, has: %3). Required columns: %4; optional: %5.</source>
        <translation>Nel file CSV mancano le colonne obbligatorie %1 (la riga di intestazione, letta con «%2» come separatore, contiene: %3). Colonne obbligatorie: %4; facoltative: %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header row has column(s) this program does not know: %1; check the spelling or remove them. Known columns: %2.</source>
        <translation>La riga di intestazione ha colonne che questo programma non conosce: %1; controlla l’ortografia o rimuovile. Colonne note: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 appears twice in the header row; keep one.</source>
        <translation>La colonna %1 compare due volte nella riga di intestazione; tienine una sola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file cannot be read near line %1: %2; check its quotes.</source>
        <translation>Il file CSV non può essere letto vicino alla riga %1: %2; controlla le virgolette.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 values where the header row names %2 columns; a value containing the separator &apos;%3&apos; must be in double quotes.</source>
        <translation>%1 valori mentre la riga di intestazione nomina %2 colonne; un valore che contiene il separatore «%3» deve stare tra virgolette doppie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same server name as on row %1; each PBX is prepared once.</source>
        <translation>Stesso nome del server della riga %1; ogni centralino viene preparato una sola volta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same fleet and installation references (same PBX) as on row %1; each PBX is prepared once.</source>
        <translation>Stessi riferimenti flotta e installazione (stesso centralino) della riga %1; ogni centralino viene preparato una sola volta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file %1 is larger than %2; check the file name, or split it into several files.</source>
        <translation>Il file CSV %1 supera %2; controlla il nome del file o dividilo in più file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rules file %1 is larger than %2; check the file name, or split it into several files.</source>
        <translation>Il file delle regole %1 supera %2; controlla il nome del file o dividilo in più file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file %1 does not exist.</source>
        <translation>Il file CSV %1 non esiste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 does not exist.</source>
        <translation>Il file delle regole %1 non esiste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 è una cartella, non un file CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not a rules file.</source>
        <translation>%1 è una cartella, non un file delle regole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV file %1 cannot be read: %2.</source>
        <translation>Il file CSV %1 non può essere letto: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 cannot be read: %2.</source>
        <translation>Il file delle regole %1 non può essere letto: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules file %1 is not text in UTF-8.</source>
        <translation>Il file delle regole %1 non è testo in UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists and differs from this row (it may hold a declared PBX&apos;s progress); remove it or choose another output folder (on the command line, --force overwrites it).</source>
        <translation>%1 esiste già e differisce da questa riga (potrebbe contenere l’avanzamento di un centralino registrato); rimuovilo o scegli un’altra cartella di destinazione (dalla riga di comando, --force lo sovrascrive).</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../installer_app/ui/support/drafts.py" line="+97"/>
        <source>no server name yet</source>
        <extracomment>The last step shown: QWizard forgets its page before it reports being closed.</extracomment>
        <translation>nome del server non ancora definito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume the last draft (%1, saved at %2)</source>
        <translation>&amp;Riprendi l’ultima bozza (%1, salvata alle %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume the last draft</source>
        <translation>Riprendi l’ultima bozza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the page you were on, with everything you had entered.</source>
        <translation>Torna alla pagina in cui eri, con tutto ciò che avevi inserito.</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_view.py" line="+352"/>
        <source>&amp;Fleet view…</source>
        <translation>Vista della &amp;flotta…</translation>
    </message>
</context>
<context>
    <name>FleetWindow</name>
    <message>
        <location line="-277"/>
        <source>Fleet view – installation files</source>
        <translation>Vista della flotta – file di installazione</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose &amp;folder…</source>
        <translation>Scegli &amp;cartella…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder of installation files</source>
        <translation>Scegli la cartella dei file di installazione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the installations</source>
        <translation>Filtra le installazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company, server name, equipment id, status</source>
        <translation>Azienda, nome del server, ID apparato, stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltro:</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_table.py" line="+63"/>
        <source>Equipment id</source>
        <translation>ID apparato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nome del server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow status</source>
        <translation>Stato Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX status</source>
        <translation>Stato del centralino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Installations</source>
        <translation>Installazioni</translation>
    </message>
    <message>
        <location filename="../installer_app/ui/dialogs/fleet_view.py" line="+20"/>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh from Rainbow</source>
        <translation>&amp;Aggiorna da Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in the wizard</source>
        <translation>Apri nell’installazione &amp;guidata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load this installation file and show its dashboard</source>
        <translation>Carica questo file di installazione e mostrane il pannello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>Chi&amp;udi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No folder chosen: recent files only</source>
        <translation>Nessuna cartella scelta: solo file recenti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the installation files…</source>
        <translation>Lettura dei file di installazione…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading cancelled: %1 of %2 installation files listed.</source>
        <translation>Lettura annullata: %1 di %2 file di installazione elencati.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the statuses on Rainbow…</source>
        <translation>Lettura degli stati su Rainbow…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 installation files</source>
        <translation>%1 file di installazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown</source>
        <translation>%1 visualizzati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not signed in to Rainbow: statuses as the files record them</source>
        <translation>accesso a Rainbow non effettuato: stati come registrati nei file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 read on Rainbow</source>
        <translation>%1 letti su Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be read</source>
        <translation>%1 non leggibili</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The CSV file %1 cannot be written: %2</source>
        <translation>Impossibile scrivere il file CSV %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 rows to %2.</source>
        <translation>Esportate %1 righe in %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Folder of installation files</source>
        <translation>Cartella dei file di installazione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the fleet as CSV</source>
        <translation>Esporta la flotta in CSV</translation>
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
        <translation>Gateway WebRTC: un passaggio nel portale di amministrazione di Rainbow</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record the choice</source>
        <translation>&amp;Registra la scelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the WebRTC gateway choice</source>
        <translation>Registra la scelta del gateway WebRTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel: no WebRTC gateway</source>
        <translation>Annulla: nessun gateway WebRTC</translation>
    </message>
</context>
<context>
    <name>InstallerWizard</name>
    <message>
        <location filename="../installer_app/ui/wizard.py" line="+70"/>
        <source>OXO Connect – Rainbow installer</source>
        <extracomment>The passphrase protecting the opened/saved installation file (memory only). The plan, from the Summary on (see :meth:`installation_plan`); None before. Where an opened installation file resumes, while a page on the way is not done.</extracomment>
        <translation>OXO Connect – Installazione guidata Rainbow</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;More…</source>
        <translation>A&amp;ltro…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More actions</source>
        <translation>Altre azioni</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save installation file…</source>
        <translation>&amp;Salva file di installazione…</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The declaration on Rainbow is still running. Close anyway? It stops where it is; what you entered is kept as a draft, the next start offers to resume it, and declaring again reuses what Rainbow already has.</source>
        <translation>La dichiarazione su Rainbow è ancora in corso. Chiudere comunque? Si ferma dove si trova; quanto inserito è conservato come bozza, al prossimo avvio viene proposto di riprenderlo e una nuova dichiarazione riutilizza ciò che Rainbow ha già.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the installer? What you entered is kept as a draft: the next start offers to resume it.</source>
        <translation>Chiudere il programma di installazione? Quanto inserito è conservato come bozza: al prossimo avvio viene proposto di riprenderlo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close the installer</source>
        <translation>&amp;Chiudi il programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go on</source>
        <translation>C&amp;ontinua</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/language_menu.py" line="+45"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>Lingua dell’interfaccia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>Lingua del sistema (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Lingua dell’interfaccia:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used the next time the program starts.</source>
        <translation>La nuova lingua verrà usata al prossimo avvio del programma.</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <location filename="../installer_app/ui/pages/numbering.py" line="+51"/>
        <location line="+16"/>
        <source>Numbering rules</source>
        <translation>Regole di numerazione</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Rainbow applies the first rule whose pattern matches the dialled number and sends the result to the PBX. An empty replacement blocks the number.</source>
        <translation>Rainbow applica la prima regola il cui schema corrisponde al numero composto e invia il risultato al centralino. Una sostituzione vuota blocca il numero.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Rules, in the order Rainbow tries them:</source>
        <translation>&amp;Regole, nell’ordine in cui Rainbow le prova:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add rule</source>
        <translation>Aggiungi r&amp;egola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Sposta s&amp;u</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready-made:</source>
        <translation>Predefinite:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Internal numbers</source>
        <translation>Numeri &amp;interni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal numbers of 1–5 digits: %1 → %2</source>
        <translation>Numeri interni di 1–5 cifre: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block a &amp;prefix…</source>
        <translation>Blocca un prefiss&amp;o…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule limit</source>
        <translation>Limite di regole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block a prefix problem</source>
        <translation>Problema nel blocco di un prefisso</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problems in the rules</source>
        <translation>Problemi nelle regole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use [0-9] instead of \d in every pattern</source>
        <translation>Usa [0-9] invece di \d in tutti gli schemi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use [0-9] instead of \d</source>
        <translation>Usa [0-9] invece di \d</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Internal numbers of 1–5 digits</source>
        <translation>Numeri interni di 1–5 cifre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Block a prefix</source>
        <translation>Blocca un prefisso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls to numbers starting with this prefix will be blocked (e.g. 0800):</source>
        <translation>Le chiamate ai numeri che iniziano con questo prefisso saranno bloccate (ad es. 0800):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Block a prefix: “%1” is not a prefix; type digits (and * # +), e.g. 0800.</source>
        <translation>Blocca un prefisso: «%1» non è un prefisso; digita cifre (e * # +), ad es. 0800.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Block numbers starting with %1</source>
        <translation>Blocca i numeri che iniziano con %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Rainbow accepts at most %1 numbering rules: remove one to add another.</source>
        <translation>Rainbow accetta al massimo %1 regole di numerazione: rimuovine una per aggiungerne un’altra.</translation>
    </message>
</context>
<context>
    <name>OmcChecklist</name>
    <message>
        <location filename="../installer_app/pbx/omc_checklist.py" line="+52"/>
        <source>Default PBX address</source>
        <translation>Indirizzo predefinito del centralino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow PABX-ID</source>
        <translation>Rainbow PABX-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Codice di attivazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name</source>
        <translation>Nome di dominio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to the PBX with OMC</source>
        <extracomment>Values a step shows besides its own, to compare in OMC (stock mode&apos;s final check shows the activation code, which is the same joined references as &quot;Rainbow PABX-ID&quot;).</extracomment>
        <translation>Connettersi al centralino con OMC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start OMC on a computer on the customer&apos;s network and connect to the PBX. The main CPU&apos;s default address is 192.168.92.246. At the first login OMC asks for new admin passwords: change them and keep them somewhere safe.</source>
        <translation>Avvia OMC su un computer della rete del cliente e connettiti al centralino. L’indirizzo predefinito della CPU principale è 192.168.92.246. Al primo accesso OMC chiede nuove password di amministratore: cambiale e conservale in un luogo sicuro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switch to Expert View</source>
        <translation>Passare a Expert View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Rainbow settings are only in OMC&apos;s Expert View.</source>
        <translation>Le impostazioni Rainbow si trovano solo nella Expert View di OMC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Cloud &gt; Rainbow</source>
        <translation>Aprire Cloud &gt; Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Expert View, open Cloud, then Rainbow.</source>
        <translation>Nella Expert View, apri Cloud e poi Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick &quot;Rainbow enabled&quot;</source>
        <translation>Selezionare &quot;Rainbow enabled&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lets the PBX open its link to Rainbow.</source>
        <translation>Così il centralino può aprire il collegamento con Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the &quot;Rainbow PABX-ID&quot;</source>
        <translation>Inserire il &quot;Rainbow PABX-ID&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the &quot;Activation code&quot;</source>
        <translation>Inserire l’&quot;Activation code&quot;</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Replace what the field shows (by default the CPU serial number) with the equipment id shown here, exactly as written.</source>
        <translation>Sostituisci il contenuto del campo (per impostazione predefinita il numero di serie della CPU) con l’ID apparato mostrato qui, esattamente come è scritto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the activation code shown here, exactly as written. It is secret: do not write it down anywhere else. Once the PBX has connected and received its login password, OMC greys out &quot;Activation code&quot;: that is expected.</source>
        <translation>Inserisci il codice di attivazione mostrato qui, esattamente come è scritto. È segreto: non annotarlo da nessun’altra parte. Quando il centralino si è connesso e ha ricevuto la sua password di accesso, OMC disattiva (in grigio) &quot;Activation code&quot;: è normale.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave &quot;Domain name&quot; at openrainbow.com</source>
        <translation>Lasciare &quot;Domain name&quot; su openrainbow.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX connects to Rainbow at this address: do not change it. If someone did, put openrainbow.com back.</source>
        <translation>Il centralino si connette a Rainbow a questo indirizzo: non modificarlo. Se qualcuno l’ha fatto, rimetti openrainbow.com.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click Apply</source>
        <translation>Fare clic su Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OMC sends the settings to the PBX.</source>
        <translation>OMC invia le impostazioni al centralino.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm with Yes</source>
        <translation>Confermare con Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OMC asks before applying the settings: answer Yes.</source>
        <translation>OMC chiede conferma prima di applicare le impostazioni: rispondi Yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait for &quot;Connected&quot;</source>
        <translation>Attendere &quot;Connected&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status on the Cloud &gt; Rainbow page turns to Connected, and Rainbow then shows Running; this can take a few minutes. If it does not, check that the activation code was entered exactly, and that the PBX is allowed out on TCP 443 to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>Lo stato nella pagina Cloud &gt; Rainbow passa a Connected e poi Rainbow mostra Running; possono servire alcuni minuti. In caso contrario, controlla che il codice di attivazione sia stato inserito esattamente e che il centralino possa uscire su TCP 443 verso openrainbow.com, *.openrainbow.com e openrainbow.io.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to configure on the PBX</source>
        <translation>Nulla da configurare sul centralino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock mode Rainbow is enabled on the PBX by default and its parameters fill in automatically: leave OMC&apos;s Cloud &gt; Rainbow page as it is.</source>
        <translation>In modalità stock Rainbow è abilitato sul centralino per impostazione predefinita e i suoi parametri si compilano automaticamente: lascia invariata la pagina Cloud &gt; Rainbow di OMC.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Power the PBX and cable it</source>
        <translation>Alimentare e cablare il centralino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the PBX is powered on and cabled to the customer&apos;s network, which must reach the internet.</source>
        <translation>Assicurati che il centralino sia acceso e collegato alla rete del cliente, che deve avere accesso a internet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Let the PBX out on TCP 443</source>
        <translation>Far uscire il centralino su TCP 443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s firewall must allow outgoing TCP 443 from the PBX to openrainbow.com, *.openrainbow.com and openrainbow.io.</source>
        <translation>Il firewall del cliente deve consentire il traffico TCP 443 in uscita dal centralino verso openrainbow.com, *.openrainbow.com e openrainbow.io.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the web proxy in OMC, if the site has one</source>
        <translation>Impostare il proxy web in OMC, se la sede ne ha uno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the site reaches the internet through a web proxy, enter it in OMC under Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy; the proxy must let the PBX&apos;s secure WebSocket (WSS) through. Without a proxy there is nothing to do.</source>
        <translation>Se la sede accede a internet tramite un proxy web, inseriscilo in OMC in Hardware and Limits &gt; LAN/IP Configuration &gt; Web proxy; il proxy deve lasciar passare il WebSocket sicuro (WSS) del centralino. Senza proxy non c’è nulla da fare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait for the PBX to connect</source>
        <translation>Attendere la connessione del centralino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow shows Running once the PBX is connected; this can take a few minutes.</source>
        <translation>Rainbow mostra Running quando il centralino è connesso; può richiedere qualche minuto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check in OMC (Expert View &gt; Cloud &gt; Rainbow)</source>
        <translation>Verifica in OMC (Expert View &gt; Cloud &gt; Rainbow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with the values shown here: &quot;Rainbow enabled&quot; is ticked, &quot;Rainbow PABX-ID&quot; and &quot;Activation code&quot; both hold the fleet and installation references joined by a dash, and the status shows Connected. Once the PBX has connected and received its login password, OMC greys out &quot;Activation code&quot;: that is expected.</source>
        <translation>Confronta con i valori mostrati qui: &quot;Rainbow enabled&quot; è selezionato, &quot;Rainbow PABX-ID&quot; e &quot;Activation code&quot; contengono entrambi i riferimenti di flotta e di installazione uniti da un trattino, e lo stato mostra Connected. Quando il centralino si è connesso e ha ricevuto la sua password di accesso, OMC disattiva (in grigio) &quot;Activation code&quot;: è normale.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set &quot;Domain name&quot; to the value shown here</source>
        <extracomment>The domain step when the platform is not production: the domain is entered, not left.</extracomment>
        <translation>Impostare &quot;Domain name&quot; al valore mostrato qui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX connects to the Rainbow platform chosen at this address. It is inferred from the server&apos;s address (only openrainbow.com is documented): if the PBX does not connect, check the value with ALE support.</source>
        <translation>Il centralino si collega alla piattaforma Rainbow scelta a questo indirizzo. È dedotto dall’indirizzo del server (è documentato solo openrainbow.com): se il centralino non si collega, verifica il valore con il supporto ALE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Equipment id: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the equipment id Rainbow showed.</source>
        <translation>ID apparato: in modalità BTCO Rainbow lo genera alla registrazione del centralino; registra prima il centralino oppure inserisci l’ID apparato mostrato da Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activation code: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX first, or enter the activation code Rainbow showed.</source>
        <translation>Codice di attivazione: in modalità BTCO Rainbow lo genera alla registrazione del centralino; registra prima il centralino oppure inserisci il codice di attivazione mostrato da Rainbow.</translation>
    </message>
    <message>
        <location filename="../installer_app/pbx/guided.py" line="+57"/>
        <source>&quot;Rainbow enabled&quot;: the OMC checklist only enables Rainbow; to disable it, untick the box in OMC yourself.</source>
        <translation>&quot;Rainbow enabled&quot;: la checklist OMC abilita soltanto Rainbow; per disabilitarlo, deseleziona tu stesso la casella in OMC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Rainbow PABX-ID&quot;: the value to apply is not the equipment id the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Rainbow PABX-ID&quot;: il valore da applicare non è l’ID apparato mostrato dalla checklist OMC; ricrea la checklist a partire dall’installazione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Activation code&quot;: the value to apply is not the code the OMC checklist shows; rebuild the checklist from the installation.</source>
        <translation>&quot;Activation code&quot;: il valore da applicare non è il codice mostrato dalla checklist OMC; ricrea la checklist a partire dall’installazione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Domain name&quot;: the value to apply is not the domain the OMC checklist shows; another domain has to be entered in OMC by hand.</source>
        <translation>&quot;Domain name&quot;: il valore da applicare non è il dominio indicato dalla checklist OMC; un altro dominio va inserito a mano in OMC.</translation>
    </message>
</context>
<context>
    <name>PbxConfigPage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx_config.py" line="+48"/>
        <source>PBX configuration</source>
        <translation>Configurazione del centralino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox PBX</source>
        <translation>Centralino della sandbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Push the settings to the PBX</source>
        <translation>&amp;Invia le impostazioni al centralino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push the settings to the PBX</source>
        <translation>Invia le impostazioni al centralino</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Values to enter in OMC</source>
        <translation>Valori da inserire in OMC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In OMC</source>
        <translation>In OMC</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stock mode: nothing to configure on the PBX; check these points.</source>
        <extracomment>The copy fields by step id (&quot;step/1&quot; for a step&apos;s second value, and so on). The step the next page watches (the PBX connecting): shown, never ticked by hand.</extracomment>
        <translation>Modalità stock: nulla da configurare sul centralino; verifica questi punti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the values in OMC (Expert View &gt; Cloud &gt; Rainbow), step by step.</source>
        <translation>Inserisci i valori in OMC (Expert View &gt; Cloud &gt; Rainbow), un passaggio alla volta.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>✔ %1: the PBX reads Connected.</source>
        <translation>✔ %1: il PBX indica Connected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the next page watches this for you.</source>
        <translation>%1: la pagina successiva lo controlla per voi.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pushing…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied: Rainbow enabled, PABX-ID set; PBX connection: %1</source>
        <translation>Applicato: Rainbow abilitato, PABX-ID impostato; connessione del centralino: %1</translation>
    </message>
</context>
<context>
    <name>PbxModePage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx_mode.py" line="+16"/>
        <source>PBX and delivery mode</source>
        <translation>Centralino e modalità di consegna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which PBX is it, and how did it reach the customer?</source>
        <translation>Di quale centralino si tratta e come è arrivato al cliente?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PBX model</source>
        <translation>Modello di centralino</translation>
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
        <translation>Modalità di consegna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stock</source>
        <translation>Stoc&amp;k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock mode</source>
        <translation>Modalità stock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX comes from your fleet with generic software: you type its fleet and installation references, and nothing needs configuring on the PBX.</source>
        <translation>Il centralino proviene dalla tua flotta con software generico: digiti i suoi riferimenti flotta e installazione, e sul centralino non serve configurare nulla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B&amp;TCO (Build To Customer Order)</source>
        <translation>B&amp;TCO (Build To Customer Order)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BTCO (Build To Customer Order) mode</source>
        <translation>Modalità BTCO (Build To Customer Order)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX was built to order: Rainbow generates its equipment id and activation code, which you then enter in OMC (Expert View &gt; Cloud &gt; Rainbow).</source>
        <translation>Il centralino è stato prodotto su ordinazione: Rainbow genera il suo ID apparato e il codice di attivazione, che poi inserisci in OMC (Expert View &gt; Cloud &gt; Rainbow).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BTCO is not available for OXO Connect Evolution: use stock mode.</source>
        <translation>BTCO non è disponibile per OXO Connect Evolution: usa la modalità stock.</translation>
    </message>
</context>
<context>
    <name>PbxPage</name>
    <message>
        <location filename="../installer_app/ui/pages/pbx.py" line="+45"/>
        <source>PBX on Rainbow</source>
        <translation>Centralino su Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the PBX is named on Rainbow, and whether the WebRTC gateway is wanted.</source>
        <translation>Il nome del centralino su Rainbow e se si desidera il gateway WebRTC.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PBX</source>
        <translation>Centralino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name</source>
        <translation>Nome del server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX&apos;s name in the Rainbow portal, as the customer will see it.</source>
        <translation>Il nome del centralino nel portale Rainbow, come lo vedrà il cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server name:</source>
        <translation>No&amp;me del server:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server name problem</source>
        <translation>Problema con il nome del server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebRTC gateway</source>
        <translation>Gateway WebRTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;WebRTC gateway is wanted</source>
        <translation>Si desidera il gateway &amp;WebRTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WebRTC gateway is wanted</source>
        <translation>Si desidera il gateway WebRTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway lets Rainbow users call through this PBX from a browser or the Rainbow application. It is activated in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server), where its licence agreement is accepted; this program records the choice and puts that step in the report. It can also be done later.</source>
        <translation>Il gateway permette agli utenti Rainbow di chiamare tramite questo centralino da un browser o dall’applicazione Rainbow. Si attiva nel portale di amministrazione di Rainbow (Customer companies &gt; l’azienda &gt; Communication &gt; Comm. Servers &gt; il server), dove si accetta il suo contratto di licenza; questo programma registra la scelta e riporta quel passaggio nel rapporto. Si può fare anche più tardi.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choice recorded on %1 UTC. Activate the gateway in the Rainbow admin portal.</source>
        <translation>Scelta registrata il %1 UTC. Attiva il gateway nel portale di amministrazione di Rainbow.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>e.g. %1 OXO</source>
        <translation>ad es. %1 OXO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Head office OXO</source>
        <translation>ad es. OXO Sede centrale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (declared on Rainbow as type oxo)</source>
        <translation>%1 (registrato su Rainbow con il tipo oxo)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Server name must not be empty: name the PBX as on Rainbow.</source>
        <translation>Il nome del server non può essere vuoto: dai al centralino il nome che ha su Rainbow.</translation>
    </message>
</context>
<context>
    <name>PbxWords</name>
    <message>
        <location filename="../installer_app/ui/support/pbx_words.py" line="+16"/>
        <source>%1 (this program&apos;s reading)</source>
        <extracomment>%1 is a PBX link state this program reads, e.g. &quot;Connecting&quot;; OMC does not show it.</extracomment>
        <translation>%1 (lettura di questo programma)</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <location filename="../installer_app/domain/portal.py" line="+25"/>
        <source>In the Rainbow admin portal this PBX is in Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, in the equipment list as %2 (Server type &quot;OXO Connect&quot;).</source>
        <translation>Nel portale di amministrazione di Rainbow questo centralino si trova in Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, nell’elenco degli apparati (equipment list) come %2 (Server type &quot;OXO Connect&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the Rainbow admin portal this PBX is in Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, in the equipment list as %2 (Server type &quot;OXO Connect&quot;). Its Connection tab, &quot;Specify equipment ID and activation code&quot;, holds the joined fleet and installation references.</source>
        <translation>Nel portale di amministrazione di Rainbow questo centralino si trova in Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers, nell’elenco degli apparati (equipment list) come %2 (Server type &quot;OXO Connect&quot;). La sua scheda Connection, &quot;Specify equipment ID and activation code&quot;, contiene i riferimenti di flotta e di installazione uniti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WebRTC gateway: chosen, but not activated by this program (no public Rainbow interface activates it). In the Rainbow admin portal open Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, activate the WebRTC gateway there and accept its licence agreement.</source>
        <translation>Gateway WebRTC: scelto, ma non attivato da questo programma (nessuna interfaccia pubblica di Rainbow lo attiva). Nel portale di amministrazione di Rainbow apri Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, attiva lì il gateway WebRTC e accetta il suo contratto di licenza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installation number %3: not sent to Rainbow (no public API field is known for it). Enter it in the Rainbow admin portal: Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, &quot;Dialing information&quot;.</source>
        <translation>Numero dell’installazione %3: non inviato a Rainbow (non si conosce alcun campo pubblico dell’API per esso). Inseriscilo nel portale di amministrazione di Rainbow: Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2, &quot;Dialing information&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Once the PBX is activated, Rainbow no longer returns its activation code: it cannot be read back. To get a new code, use &quot;Reset connection&quot; in the Rainbow admin portal (Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2): the PBX disconnects from Rainbow until the new code is entered in OMC.</source>
        <translation>Una volta attivato il centralino, Rainbow non restituisce più il suo codice di attivazione: non si può più rileggere. Per ottenere un nuovo codice usa &quot;Reset connection&quot; nel portale di amministrazione di Rainbow (Customer companies &gt; %1 &gt; Communication &gt; Comm. Servers &gt; %2): il centralino si disconnette da Rainbow finché il nuovo codice non viene inserito in OMC.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent to Rainbow: no public API field is known for it. Enter it in the Rainbow admin portal&apos;s &quot;Dialing information&quot; of this server; the report reminds you.</source>
        <translation>Non inviato a Rainbow: non si conosce alcun campo pubblico dell’API per esso. Inseriscilo nelle &quot;Dialing information&quot; di questo server nel portale di amministrazione di Rainbow; il rapporto te lo ricorda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This program cannot activate the gateway: no public Rainbow interface does. Your choice is recorded and shown in the report; activate the gateway in the Rainbow admin portal (Customer companies &gt; the company &gt; Communication &gt; Comm. Servers &gt; the server), where its licence agreement is shown for you to accept.</source>
        <translation>Questo programma non può attivare il gateway: nessuna interfaccia pubblica di Rainbow lo fa. La tua scelta viene registrata e mostrata nel rapporto; attiva il gateway nel portale di amministrazione di Rainbow (Customer companies &gt; l’azienda &gt; Communication &gt; Comm. Servers &gt; il server), dove ti viene presentato il suo contratto di licenza da accettare.</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../installer_app/ui/widgets/preflight_panel.py" line="+71"/>
        <source>Chec&amp;k before declaring</source>
        <translation>&amp;Verifica prima di registrare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check before declaring</source>
        <translation>Verifica prima di registrare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask Rainbow, without changing anything, whether the declaration would go through.</source>
        <translation>Chiedere a Rainbow, senza modificare nulla, se la registrazione andrebbe a buon fine.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show the &amp;request</source>
        <translation>Mostra la ric&amp;hiesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request the declaration would send</source>
        <translation>La richiesta che la registrazione invierebbe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the declaration would send to Rainbow, secrets masked:</source>
        <translation>Ciò che la registrazione invierebbe a Rainbow, con i segreti mascherati:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Complete the installation to check it.</source>
        <translation>Completa l’installazione per verificarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to Rainbow to check.</source>
        <translation>Accedi a Rainbow per verificare.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Asking Rainbow (nothing is changed)…</source>
        <translation>Interrogazione di Rainbow in corso (non si modifica nulla)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check cancelled.</source>
        <translation>Verifica annullata.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Azienda cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX on Rainbow</source>
        <translation>Centralino su Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Regole di numerazione</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The declaration would go through.</source>
        <translation>La registrazione andrebbe a buon fine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The declaration would not go through: see the problems below.</source>
        <translation>La registrazione non andrebbe a buon fine: vedi i problemi qui sotto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX is already declared for this company: nothing would be sent.</source>
        <translation>Il centralino è già registrato per questa azienda: non verrebbe inviato nulla.</translation>
    </message>
</context>
<context>
    <name>RainbowAccountForm</name>
    <message>
        <location filename="../installer_app/ui/widgets/rainbow_account_form.py" line="+56"/>
        <source>Rainbow server in use</source>
        <translation>Server Rainbow in uso</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo account of the embedded sandbox: its login, password and application are filled in. Nothing you do here reaches the real Rainbow.</source>
        <translation>Account dimostrativo della sandbox integrata: nome utente, password e applicazione sono già compilati. Nulla di ciò che fai qui raggiunge il vero Rainbow.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Rainbow server problem</source>
        <translation>Problema con il server Rainbow</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo account of the embedded sandbox: you changed its login or password. &lt;a href=&quot;#demo&quot;&gt;Fill in the demo account again&lt;/a&gt;.</source>
        <translation>Account dimostrativo della sandbox integrata: hai modificato il nome utente o la password. &lt;a href=&quot;#demo&quot;&gt;Compila di nuovo l’account dimostrativo&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rainbow admin account</source>
        <translation>Account amministratore Rainbow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rainbow login (e-mail)</source>
        <translation>Nome utente Rainbow (e-mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login problem</source>
        <translation>Problema con il nome utente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rainbow password</source>
        <translation>Password Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password problem</source>
        <translation>Problema con la password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Ricorda nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keyring</source>
        <translation>Ricorda nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password and application secret are kept in the operating system&apos;s keyring (never in a file), for this server and login.</source>
        <translation>La password e il segreto dell’applicazione sono conservati nel portachiavi del sistema operativo (mai in un file), per questo server e questo nome utente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyring problem</source>
        <translation>Problema con il portachiavi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session &amp;only</source>
        <translation>Ricorda s&amp;olo per questa sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session only</source>
        <translation>Ricorda solo per questa sessione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in memory until the program closes, never written anywhere: type the password again at the next start.</source>
        <translation>Conservata in memoria fino alla chiusura del programma, mai scritta da nessuna parte: digita di nuovo la password al prossimo avvio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Login (e-mail):</source>
        <translation>&amp;Nome utente (e-mail):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A&amp;dvanced: Rainbow application</source>
        <translation>Avanza&amp;te: applicazione Rainbow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if your account signs in through a Rainbow application (developers.openrainbow.com &gt; My applications). Otherwise leave both empty.</source>
        <translation>Solo se il tuo account accede tramite un’applicazione Rainbow (developers.openrainbow.com &gt; My applications). Altrimenti lascia vuoti entrambi i campi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application id</source>
        <translation>ID applicazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application secret</source>
        <translation>Segreto applicazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application problem</source>
        <translation>Problema con l’applicazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application &amp;id:</source>
        <translation>&amp;ID applicazione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application s&amp;ecret:</source>
        <translation>Segr&amp;eto applicazione:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Rainbow</source>
        <translation>Accedi a Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel sign-in</source>
        <translation>Annulla a&amp;ccesso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in result</source>
        <translation>Esito dell’accesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyring warning</source>
        <translation>Avviso del portachiavi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in problem</source>
        <translation>Problema di accesso</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Login: type the e-mail address of the admin account.</source>
        <translation>Nome utente: digita l’indirizzo e-mail dell’account amministratore.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login: a Rainbow login is an e-mail address, e.g. name@partner.com.</source>
        <translation>Nome utente: un nome utente Rainbow è un indirizzo e-mail, ad es. nome@partner.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password: type the password of this account.</source>
        <translation>Password: digita la password di questo account.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application: type both the application id and its secret, or neither.</source>
        <translation>Applicazione: digita sia l’ID dell’applicazione sia il suo segreto, oppure nessuno dei due.</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <location filename="../installer_app/ui/dialogs/report_action.py" line="+97"/>
        <location line="+1"/>
        <source>&amp;Handover report…</source>
        <translation>Rapporto di &amp;consegna…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the handover report</source>
        <translation>Redigi il rapporto di consegna</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The handover report needs a complete installation:</source>
        <translation>Il rapporto di consegna richiede un’installazione completa:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The handover report was saved to %1.</source>
        <translation>Il rapporto di consegna è stato salvato in %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the handover report</source>
        <translation>Salva il rapporto di consegna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover report</source>
        <translation>Rapporto di consegna</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../installer_app/ui/support/report_pdf.py" line="+77"/>
        <source>Handover report – %1</source>
        <translation>Rapporto di consegna – %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No numbering rules: Rainbow&apos;s own analysis applies.</source>
        <translation>Nessuna regola di numerazione: si applica l’analisi propria di Rainbow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pattern</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Esempio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX receives</source>
        <translation>Il centralino riceve</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no example</source>
        <translation>nessun esempio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blocked</source>
        <translation>bloccato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(rule %1 applies first)</source>
        <translation>(si applica prima la regola %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(blocks)</source>
        <translation>(blocca)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No status change recorded yet.</source>
        <translation>Nessun cambio di stato ancora registrato.</translation>
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
        <translation>Centralino</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+86"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Nothing.</source>
        <translation>Nulla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>chosen: to activate in the Rainbow admin portal (see below)</source>
        <translation>scelto: da attivare nel portale di amministrazione di Rainbow (vedi sotto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen</source>
        <translation>non scelto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not sent to Rainbow: enter it in the portal&apos;s Dialing information</source>
        <translation>non inviato a Rainbow: inseriscilo nelle Dialing information del portale</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known yet (generated by Rainbow at declaration)</source>
        <translation>non ancora noto (generato da Rainbow alla registrazione)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(hidden)</source>
        <translation>(nascosto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used</source>
        <translation>non usato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(name not recorded)</source>
        <translation>(nome non registrato)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer company</source>
        <translation>Azienda cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name</source>
        <translation>Nome del server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery mode</source>
        <translation>Modalità di consegna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebRTC gateway</source>
        <translation>Gateway WebRTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow server</source>
        <translation>Server Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment id</source>
        <translation>ID apparato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation code</source>
        <translation>Codice di attivazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialing</source>
        <translation>Composizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National prefix</source>
        <translation>Prefisso nazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International prefix</source>
        <translation>Prefisso internazionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound prefix</source>
        <translation>Prefisso di uscita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation number</source>
        <translation>Numero dell’installazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbering rules</source>
        <translation>Regole di numerazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do in the Rainbow admin portal</source>
        <translation>Da fare nel portale di amministrazione di Rainbow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PBX (OMC)</source>
        <translation>Centralino (OMC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow system</source>
        <translation>Sistema Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX configured</source>
        <translation>Centralino configurato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified (Running and Connected)</source>
        <translation>Verificato (Running e Connected)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Handover report</source>
        <translation>Rapporto di consegna</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 on Rainbow, for %2.</source>
        <translation>%1 su Rainbow, per %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Tecnico</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/report_action.py" line="-112"/>
        <source>Handover report</source>
        <translation>Rapporto di consegna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Technician</source>
        <translation>Tecnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, as the customer knows you</source>
        <translation>Il tuo nome, come lo conosce il cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Technician:</source>
        <translation>&amp;Tecnico:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show the activation code in the report</source>
        <translation>&amp;Mostra il codice di attivazione nel rapporto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the activation code in the report</source>
        <translation>Mostra il codice di attivazione nel rapporto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Masked by default: the report is usually handed to the customer.</source>
        <translation>Nascosto per impostazione predefinita: il rapporto viene di solito consegnato al cliente.</translation>
    </message>
</context>
<context>
    <name>RuleTester</name>
    <message>
        <location filename="../installer_app/ui/widgets/rule_tester.py" line="+39"/>
        <source>Tester</source>
        <extracomment>Longest number the tester accepts.</extracomment>
        <translation>Prova</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number to test</source>
        <translation>Numero da provare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number as a Rainbow user dials it (up to %1 characters)</source>
        <translation>Un numero come lo compone un utente Rainbow (fino a %1 caratteri)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test a number:</source>
        <translation>Prova un &amp;numero:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type a number to see what the PBX receives.</source>
        <translation>Digita un numero per vedere cosa riceve il centralino.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule %1 matched → blocked: the call is not placed.</source>
        <translation>Si applica la regola %1 → bloccato: la chiamata non viene effettuata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule %1 matched → %2</source>
        <translation>Si applica la regola %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rule matched: default analysis → %1</source>
        <translation>Nessuna regola si applica: analisi predefinita → %1</translation>
    </message>
</context>
<context>
    <name>RulesTable</name>
    <message>
        <location filename="../installer_app/ui/widgets/rules_table.py" line="+46"/>
        <source>Pattern</source>
        <extracomment>Which column shows which Rainbow field.</extracomment>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/settings_dialog.py" line="+74"/>
        <source>Settings</source>
        <extracomment>QSettings key: path of the custom CA bundle (PEM); absent when none. QSettings key of the interface language (shared with the &quot;Language…&quot; entry); next start.</extracomment>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clipboard</source>
        <translation>Appunti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear copied activation codes from the clipboard after 60 s</source>
        <translation>Cance&amp;lla dagli appunti i codici di attivazione copiati dopo 60 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear copied activation codes from the clipboard after 60 seconds</source>
        <translation>Cancella dagli appunti i codici di attivazione copiati dopo 60 secondi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only when the clipboard still holds the code: anything copied since stays.</source>
        <translation>Solo se gli appunti contengono ancora il codice: quanto copiato in seguito resta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only on networks whose proxy or antivirus inspects TLS: the PEM file of its CA certificate (ask the network administrator). It is trusted in addition to the usual authorities, from the next sign-in.</source>
        <translation>Solo nelle reti il cui proxy o antivirus ispeziona il TLS: il file PEM del suo certificato CA (chiedilo all’amministratore di rete). È considerato attendibile oltre alle autorità abituali, dal prossimo accesso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custom CA bundle file</source>
        <translation>File CA personalizzato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the usual authorities only</source>
        <translation>Nessuno: solo le autorità abituali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA bundle file</source>
        <translation>Scegli il file CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA bundle problem</source>
        <translation>Problema con il file CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom &amp;CA bundle (PEM):</source>
        <translation>File &amp;CA personalizzato (PEM):</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default (%1)</source>
        <translation>Lingua del sistema (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;anguage:</source>
        <translation>Lin&amp;gua:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies the next time the program starts.</source>
        <translation>Si applica al prossimo avvio del programma.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CA certificate of the proxy</source>
        <translation>Certificato CA del proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificati (*.pem *.crt *.cer);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../installer_app/ui/pages/sign_in.py" line="+67"/>
        <source>Sign in to Rainbow</source>
        <extracomment>QSettings keys (followed by the server address, percent-encoded): non-secret values only.</extracomment>
        <translation>Accedi a Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the business-partner admin account that manages the customer company.</source>
        <translation>Usa l’account amministratore del Business Partner che gestisce l’azienda cliente.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rainbow server in use: %1</source>
        <translation>Server Rainbow in uso: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signing in to Rainbow: wait, or press Cancel.</source>
        <translation>Accesso a Rainbow in corso: attendi o premi Annulla.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Password taken from the environment (INSTALLER_APP_PASSWORD).</source>
        <translation>Password presa dall’ambiente (INSTALLER_APP_PASSWORD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password filled in from the system keyring.</source>
        <translation>Password compilata dal portachiavi di sistema.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick &quot;Remember for this session only&quot; to keep the password in memory until the program closes; it is never written to a file.</source>
        <translation>Seleziona «Ricorda solo per questa sessione» per conservare la password in memoria fino alla chiusura del programma; non viene mai scritta in un file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring cannot be used on this computer.</source>
        <translation>Il portachiavi di sistema non può essere usato su questo computer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remembered for this session only, in memory: never written anywhere.</source>
        <translation>Ricordata solo per questa sessione, in memoria: mai scritta da nessuna parte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed out: the account changed. Press Sign in again.</source>
        <translation>Disconnesso: l’account è cambiato. Premi di nuovo Accedi.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sign-in cancelled.</source>
        <translation>Accesso annullato.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sign-in failed unexpectedly: %1</source>
        <translation>L’accesso non è riuscito per un motivo imprevisto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server address; the details are in the log.</source>
        <translation>Controlla l’indirizzo del server; i dettagli sono nel registro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Accesso effettuato come %1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signing in to %1…</source>
        <translation>Accesso a %1…</translation>
    </message>
</context>
<context>
    <name>SiteChooser</name>
    <message>
        <location filename="../installer_app/ui/widgets/site_chooser.py" line="+65"/>
        <source>Site problem</source>
        <translation>Problema con la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tr&amp;y again</source>
        <translation>Ripro&amp;va</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the sites again</source>
        <translation>Rileggi le sedi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Site of the PBX</source>
        <translation>Sede del centralino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;te:</source>
        <translation>Se&amp;de:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cre&amp;ate a site named:</source>
        <translation>Crea una sede chia&amp;mata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a site</source>
        <translation>Crea una sede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the site to create</source>
        <translation>Nome della sede da creare</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the sites of %1…</source>
        <translation>Lettura delle sedi di %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site: %1 (the company&apos;s only site, chosen automatically).</source>
        <translation>Sede: %1 (unica sede dell’azienda, scelta automaticamente).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the site…</source>
        <translation>Scegli la sede…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has %2 sites: choose the one the PBX belongs to.</source>
        <translation>%1 ha %2 sedi: scegli quella a cui appartiene il centralino.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no site on Rainbow yet, and a PBX must belong to a site. The site is created when the PBX is declared.</source>
        <translation>%1 non ha ancora sedi su Rainbow, e un centralino deve appartenere a una sede. La sede viene creata alla registrazione del centralino.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sites of %1 could not be read.</source>
        <translation>Non è stato possibile leggere le sedi di %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wait: the sites of %1 are being read.</source>
        <translation>Attendi: è in corso la lettura delle sedi di %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sites of %1 could not be read: press Try again.</source>
        <translation>Non è stato possibile leggere le sedi di %1: premi Riprova.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: choose the site of %1 the PBX belongs to.</source>
        <translation>Sede: scegli la sede di %1 a cui appartiene il centralino.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site: %1 has no site; tick &apos;Create a site named&apos; or create one in the Rainbow admin portal (Customer companies &gt; %1).</source>
        <translation>Sede: %1 non ha sedi; seleziona «Crea una sede chiamata» oppure creane una nel portale di amministrazione di Rainbow (Customer companies &gt; %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: type the name of the site to create.</source>
        <translation>Sede: digita il nome della sede da creare.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../installer_app/ui/pages/start.py" line="+34"/>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Associate an OXO Connect or OXO Connect Evolution PBX with a customer company on Rainbow.</source>
        <translation>Associa un centralino OXO Connect o OXO Connect Evolution a un’azienda cliente su Rainbow.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What do you want to do?</source>
        <extracomment>Asks for a protected file&apos;s passphrase; tests replace it.</extracomment>
        <translation>Cosa vuoi fare?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w installation</source>
        <translation>&amp;Nuova installazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New installation</source>
        <translation>Nuova installazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open an installation file…</source>
        <translation>Apri un &amp;file di installazione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Open an installation file</source>
        <translation>Apri un file di installazione</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Prepare o&amp;ffline (no Rainbow sign-in now)</source>
        <translation>Prepara &amp;offline (senza accedere a Rainbow ora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare offline</source>
        <translation>Prepara offline</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>Rainbow server</source>
        <translation>Server Rainbow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embedded sandbox (training)</source>
        <translation>Sandbox integrata (formazione)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production (openrainbow.com)</source>
        <translation>Produzione (openrainbow.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rainbow sandbox (sandbox.openrainbow.com)</source>
        <translation>Sandbox Rainbow (sandbox.openrainbow.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom address…</source>
        <translation>Indirizzo personalizzato…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom Rainbow server address</source>
        <translation>Indirizzo personalizzato del server Rainbow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>In&amp;dirizzo:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type the Rainbow server&apos;s address, starting with https://.</source>
        <translation>Digita l’indirizzo del server Rainbow, che inizia con https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rainbow server in use: %1</source>
        <translation>Server Rainbow in uso: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OMC &quot;Domain name&quot; for this server: %1 (inferred from its address: only openrainbow.com is documented).</source>
        <translation>&quot;Domain name&quot; di OMC per questo server: %1 (dedotto dal suo indirizzo: è documentato solo openrainbow.com).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OMC &quot;Domain name&quot; for this server: %1.</source>
        <translation>&quot;Domain name&quot; di OMC per questo server: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Protected installation file</source>
        <translation>File di installazione protetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase protecting %1:</source>
        <translation>Passphrase che protegge %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installation files (*.json);;All files (*)</source>
        <translation>File di installazione (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot open the installation file</source>
        <translation>Impossibile aprire il file di installazione</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opened %1</source>
        <translation>Aperto: %1</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../installer_app/ui/pages/base.py" line="+54"/>
        <source>Why Next is disabled</source>
        <extracomment>The focus of a check box or a radio button, plain to see: the style&apos;s dotted rectangle around the text alone was too faint. A transparent border keeps the size when the focus moves.</extracomment>
        <translation>Perché Successivo è disattivato</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../installer_app/ui/pages/summary.py" line="+44"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check everything once more. Each part links back to its page.</source>
        <translation>Controlla tutto ancora una volta. Ogni parte rimanda alla sua pagina.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save installation file…</source>
        <extracomment>Every Change button, top to bottom (two rows may lead to one step).</extracomment>
        <translation>&amp;Salva file di installazione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Save installation file</source>
        <translation>Salva file di installazione</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>&amp;Protect the equipment id and activation code with a passphrase</source>
        <translation>Pro&amp;teggi l’ID apparato e il codice di attivazione con una passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect with a passphrase</source>
        <translation>Proteggi con una passphrase</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Declare on Rainbow</source>
        <translation>&amp;Registra su Rainbow</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change</source>
        <extracomment>Asks where to save, and a new passphrase; tests replace them.</extracomment>
        <translation>Modifica</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Installation number: not given</source>
        <translation>Numero di installazione: non indicato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation number: %1 (not sent to Rainbow: enter it in the portal&apos;s &quot;Dialing information&quot;)</source>
        <translation>Numero di installazione: %1 (non inviato a Rainbow: inseritelo in «Dialing information» del portale)</translation>
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
        <translation>non scelto</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Equipment id and activation code: %1</source>
        <translation>ID apparato e codice di attivazione: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equipment id: %1 (activation code recorded)</source>
        <translation>ID apparato: %1 (codice di attivazione memorizzato)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated by Rainbow at declaration</source>
        <translation>Generati da Rainbow alla registrazione</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not used</source>
        <translation>non usato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; national %2, international %3, outbound %4</source>
        <translation>%1; nazionale %2, internazionale %3, uscita %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(blocked)</source>
        <translation>(bloccato)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>none (Rainbow&apos;s default analysis)</source>
        <translation>nessuna (analisi predefinita di Rainbow)</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Change: %1</source>
        <translation>Modifica: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Rainbow id %1)</source>
        <translation>(id Rainbow %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: %1</source>
        <translation>Sede: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: %1, created at declaration</source>
        <translation>Sede: %1, creata alla dichiarazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site: chosen at declaration</source>
        <translation>Sede: scelta alla dichiarazione</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>WebRTC gateway wanted: to activate in the Rainbow admin portal</source>
        <translation>Gateway WebRTC desiderato: da attivare nel portale di amministrazione di Rainbow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebRTC gateway not wanted</source>
        <translation>Gateway WebRTC non desiderato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rainbow server</source>
        <translation>Server Rainbow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PBX</source>
        <translation>Centralino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>Azienda cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name</source>
        <translation>Nome del server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials</source>
        <translation>Credenziali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialing</source>
        <translation>Composizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering rules</source>
        <translation>Regole di numerazione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still to do: save the installation file, then sign in and declare on Rainbow (from the office or on site), configure the PBX and check both statuses.</source>
        <translation>Ancora da fare: salvare il file di installazione, poi accedere e registrare su Rainbow (dall’ufficio o sul posto), configurare il centralino e verificare entrambi gli stati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already declared on Rainbow: declaring again reuses the same system.</source>
        <translation>Già registrato su Rainbow: una nuova registrazione riusa lo stesso sistema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: declare the PBX on Rainbow, then configure the PBX.</source>
        <translation>Poi: registra il centralino su Rainbow, quindi configuralo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installation files (*.json)</source>
        <translation>File di installazione (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The installation file cannot be saved yet:</source>
        <translation>Il file di installazione non può ancora essere salvato:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(protected by a passphrase)</source>
        <translation>(protetto da una passphrase)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Protect the installation file</source>
        <translation>Proteggi il file di installazione</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New passphrase (at least 8 characters):</source>
        <translation>Nuova passphrase (almeno 8 caratteri):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same passphrase again:</source>
        <translation>Di nuovo la stessa passphrase:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ: nothing was saved.</source>
        <translation>Le due passphrase sono diverse: non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installation file</source>
        <translation>File di installazione</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <location filename="../installer_app/ui/dialogs/errors.py" line="+35"/>
        <source>Unexpected problem</source>
        <translation>Problema imprevisto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong that the program did not expect. Your input is kept; you can go on or save the installation file.</source>
        <translation>Si è verificato un problema che il programma non prevedeva. I dati inseriti sono conservati; puoi continuare o salvare il file di installazione.</translation>
    </message>
</context>
<context>
    <name>UnrecordedCredentialsDialog</name>
    <message>
        <location filename="../installer_app/ui/dialogs/unrecorded_credentials.py" line="+34"/>
        <source>Copy the credentials now</source>
        <translation>Copiate ora le credenziali</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX is declared on Rainbow (system %1), but the installation file cannot be written: %2

Copy the equipment id and activation code now and enter them in OMC &gt; Cloud &gt; Rainbow. Then save the installation to a folder you may write to and declare again: the declaration is found and recorded.</source>
        <translation>Il PBX è registrato su Rainbow (sistema %1), ma il file di installazione non può essere scritto: %2

Copiate ora l’identificativo apparato e il codice di attivazione e inseriteli in OMC &gt; Cloud &gt; Rainbow. Poi salvate l’installazione in una cartella in cui potete scrivere e registrate di nuovo: la registrazione viene ritrovata e salvata.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Equipment id (PABX-ID):</source>
        <translation>ID apparato (PABX-ID):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation code:</source>
        <translation>Codice di attivazione:</translation>
    </message>
</context>
</TS>
