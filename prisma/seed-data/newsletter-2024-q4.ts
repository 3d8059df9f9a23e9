// Nyhetsbrev fra KOM, oktober–desember 2024 (published January 2025; no day stated).
// Dates without a year: October–December are 2024, January–September are 2025 (the deadlines
// and courses that lie after the period). Items are in the order the newsletter gives them.
import { deadline, hearing, seminar, strategyInput } from "./build";
import type { SeedNewsletter } from "./types";

export const newsletter2024Q4: SeedNewsletter = {
  source: {
    slug: "kom-nyhetsbrev-2024-q4",
    title: "Nyhetsbrev fra KOM oktober–desember 2024",
    periodLabel: "oktober–desember 2024",
    publishedOn: null,
  },
  items: [
    // Verdt å merke seg – Utviklingsarbeid i JD og beslutning om ny strategi
    strategyInput({
      key: "innspill-strategi-menneskehandel",
      title: "Invitasjon til innspill: Strategi mot menneskehandel",
      issuer: "jd",
      deadline: "2024-10-31",
      summary:
        "JD inviterte til innspill til regjeringens strategi mot menneskehandel, som skal gi bedre samordning av innsatsen og mer forutsigbar bistand til ofre. Strategien legges frem våren 2025.",
      url: "https://www.regjeringen.no/no/aktuelt/invitasjon-til-innspill-strategi-mot-menneskehandel/id3054743/",
      excerpt:
        "Det ble invitert til å gi innspill til strategien, se Invitasjon til innspill: Strategi mot menneskehandel. Fristen var 31. oktober 2024.",
      topics: ["menneskehandel"],
    }),

    // KOM publikasjoner
    deadline({
      key: "kom-rettsavgjorelser-oppdatering-2025-04",
      title: "Neste oppdatering av KOMs oversikt over rettsavgjørelser om menneskehandel",
      issuer: "kom",
      deadline: "2025-04-30",
      summary:
        "KOMs oversikt over rettsavgjørelser om menneskehandel (straffesaker, utlendingssaker og dommer fra EMD) oppdateres tertialvis; siste versjon gjelder per 31. desember 2024, neste per 30. april 2025.",
      url: "https://www.politiet.no/globalassets/rad-og-veiledning/menneskehandel/rettsavgjorelser-om-menneskehandel.pdf",
      excerpt:
        "KOM utarbeider oversikt over rettsavgjørelser om menneskehandel (straffesaker, utlendingssaker og dommer fra EMD), se oppdatert oversikt for 31. desember 2024 her. Oversikten oppdateres tertialvis. Neste oppdatering blir per 30. april.",
      topics: ["menneskehandel", "rettspraksis"],
    }),

    // KOMs øvrige aktiviteter i perioden
    seminar({
      key: "kompetansegruppe-fagseminar-haag",
      title: "Fagseminar i Politiets kompetansegruppe mot menneskehandel",
      issuer: "politiets-kompetansegruppe",
      startOn: "2024-10-21",
      endOn: "2024-10-23",
      location: "Haag",
      summary: "KOM deltok på fagseminar i Haag i Politiets kompetansegruppe mot menneskehandel.",
      excerpt:
        "KOM deltok på fagseminar i Haag 21.-23. oktober og digitalt møte 3. desember i Politiets kompetansegruppe mot menneskehandel.",
      topics: ["menneskehandel"],
    }),
    seminar({
      key: "kompetansegruppe-digitalt-mote-desember",
      title: "Digitalt møte i Politiets kompetansegruppe mot menneskehandel",
      issuer: "politiets-kompetansegruppe",
      startOn: "2024-12-03",
      isOnline: true,
      summary: "KOM deltok på digitalt møte i Politiets kompetansegruppe mot menneskehandel.",
      excerpt:
        "KOM deltok på fagseminar i Haag 21.-23. oktober og digitalt møte 3. desember i Politiets kompetansegruppe mot menneskehandel.",
      topics: ["menneskehandel"],
    }),
    seminar({
      key: "nspm-konferanse-goteborg",
      title: "«Från ord till handling» – svensk nasjonal konferanse om menneskehandel",
      issuer: "nspm",
      startOn: "2024-10-18",
      location: "Göteborg",
      summary: "Svensk nasjonal konferanse om menneskehandel i regi av NSPM i Jämställdhetsmyndigheten; KOM deltok.",
      url: "https://nspm.jamstalldhetsmyndigheten.se/nyheter/nationell-konferens-mot-manniskohandel-fran-ord-till-handling/",
      excerpt:
        'KOM deltok på svensk nasjonal konferanse om menneskehandel, "Från ord till handling", i Göteborg 18. oktober, se her. Konferansen var i regi av Nationella samordningen mot prostitution och människohandel (NSPM) i Jämställdhetsmyndigheten.',
      topics: ["menneskehandel", "internasjonalt-samarbeid"],
    }),
    seminar({
      key: "nordisk-koordinatorgruppe-stockholm",
      title: "Møte i Den nordiske koordinator-arbeidsgruppen mot menneskehandel",
      issuer: "nordisk-ministerrad",
      startOn: "2024-11-06",
      endOn: "2024-11-07",
      location: "Stockholm",
      summary:
        "Møte i The Nordic Coordinators' Working Group against Trafficking in Human Beings, i regi av Nordisk ministerråd, som skal styrke det nordiske samarbeidet på feltet; KOM deltok.",
      url: "https://www.norden.org/no/node/73474",
      excerpt:
        "Den nordiske koordinator-arbeidsgruppen mot menneskehandel (The Nordic Coordinators' Working Group against Trafficking in Human Beings), i regi av Nordisk ministerråd, skal styrke det nordiske samarbeidet på feltet, se her for mer informasjon. KOM deltok på møte i arbeidsgruppen 6.-7. november i Stockholm.",
      topics: ["menneskehandel", "internasjonalt-samarbeid"],
    }),
    seminar({
      key: "cbss-tf-thb-tallinn",
      title: "Møte i CBSS Task Force against Trafficking in Human Beings (TF-THB)",
      issuer: "cbss",
      startOn: "2024-11-28",
      endOn: "2024-11-29",
      location: "Tallinn",
      summary:
        "Møte i Østersjørådets arbeidsgruppe mot menneskehandel under estisk formannskap, arrangert i samarbeid med CBSS' Expert Group on Children at Risk. KOM deltar i arbeidsgruppen sammen med JD.",
      url: "https://cbss.org/safe-secure-region/anti-trafficking/",
      excerpt:
        "Sammen med JD, deltar KOM i Østersjørådets (CBSS) arbeidsgruppe Task Force against Trafficking in Human Beings (CBSS TF-THB). Under estisk formannskap, var det møte i arbeidsgruppen 28.–29. november i Tallin. Møtet ble arrangert i samarbeid med CBSS sin arbeidsgruppe Expert Group on Children at Risk.",
      topics: ["menneskehandel", "barn-og-unge", "internasjonalt-samarbeid"],
    }),

    // Aktuelle norske tiltak, rapporter og forskning: høringer
    hearing({
      key: "horing-nou-2024-17",
      title: "NOU 2024:17 Kommersielle og ideelle aktørers rolle i fellesskapets velferdstjenester",
      reference: "NOU 2024:17",
      issuer: "dfd",
      sentOn: "2024-10-16",
      deadline: "2025-01-17",
      summary:
        "Digitaliserings- og forvaltningsdepartementet sendte på høring utredningen om kommersielle og ideelle aktørers rolle i velferdstjenestene.",
      url: "https://www.regjeringen.no/no/dokumenter/horing-nou-202417-kommersielle-og-ideelle-aktorers-rolle-i-fellesskapets-velferdstjenester/id3060940/",
      excerpt:
        'Digitaliserings- og forvaltningsdepartementet sendte 16. oktober på høring NOU 2024:17 "Kommersielle og ideelle aktørers rolle i fellesskapets velferdstjenester", se her. Høringsfrist er 17. januar.',
      topics: ["velferdstjenester"],
    }),
    hearing({
      key: "horing-forskrift-sosiale-tjenester-uten-fast-bopel",
      title: "Forslag til endringer i forskrift om sosiale tjenester for personer uten fast bopel i Norge",
      issuer: "aid",
      sentOn: "2024-10-24",
      deadline: "2025-01-24",
      summary:
        "Formålet med forslaget er å gjøre det tydeligere for EØS-borgere hvilken rett de har til sosiale tjenester under lovlige opphold i Norge.",
      url: "https://www.regjeringen.no/no/dokumenter/horing-forslag-om-endringer-i-forskrift-om-sosiale-tjenester-for-personer-uten-fast-bopel-i-norge/id3065042/",
      excerpt:
        "Arbeids- og inkluderingsdepartementet sendte 24. oktober på høring forslag til endringer i forskrift om sosiale tjenester for personer uten fast bopel i Norge, se her. Formålet med forslag til endringer er å gjøre det mer tydelig for EØS-borgere hvilken rett de har til sosiale tjenester under lovlige opphold i Norge. Høringsfrist er 24. januar.",
      topics: ["velferdstjenester", "migrasjon"],
    }),
    hearing({
      key: "horing-nou-2024-20",
      title: "NOU 2024:20 Det digitale (i) livet. Balansert oppvekst i skjermens tid",
      reference: "NOU 2024:20",
      issuer: "kd",
      sentOn: "2024-11-11",
      deadline: "2025-02-11",
      summary: "Kunnskapsdepartementet sendte Skjermbrukutvalgets utredning om barns oppvekst i skjermens tid på høring.",
      url: "https://www.regjeringen.no/no/dokumenter/horing-nou-skjermbrukutvalget-det-digitale-i-livet-balansert-oppvekst-i-skjermenes-tid/id3067762/",
      excerpt:
        'Kunnskapsdepartementet sendte 11. november på høring Skjermbrukutvalgets utredning NOU 2024: 20 "Det digitale (i) livet. Balansert oppvekst i skjermens tid", se her. Høringsfrist er 11. februar.',
      topics: ["barn-og-unge", "digital-sikkerhet"],
    }),
    hearing({
      key: "horing-varsling-fornaermede-etterlatte",
      title: "Forslag til endringer i reglene om varsling for å styrke fornærmedes og etterlattes stilling",
      issuer: "jd",
      sentOn: "2024-12-06",
      deadline: "2025-04-01",
      summary: "JD foreslår endringer i straffegjennomføringslovens bestemmelser om varsling av fornærmede og etterlatte.",
      url: "https://www.regjeringen.no/no/dokumenter/horing-forslag-til-endringer-i-reglene-om-varsling-for-a-styrke-fornarmedes-og-etterlattes-stilling/id3077958/",
      excerpt:
        "JD sendte 6. desember på høring forslag til endringer i straffegjennomføringslovens bestemmelser om varsling av fornærmede og etterlatte, se her. Høringsfrist er 1. april.",
      topics: ["ofres-rettigheter"],
    }),
    hearing({
      key: "horing-lov-undersokelsesordning-barn",
      title: "Forslag til lov om undersøkelsesordning for drap og andre alvorlige saker om vold, overgrep og omsorgssvikt mot barn mv.",
      issuer: "bfd",
      sentOn: "2024-12-20",
      deadline: "2025-01-31",
      summary:
        "Loven skal bidra til å forebygge drap og alvorlig vold, overgrep og omsorgssvikt mot barn. Undersøkelsesordningen legges til Statens helsetilsyn og skal identifisere systemsvikt.",
      url: "https://www.regjeringen.no/no/dokumenter/horing-forslag-til-lov-om-undersokelsesordning-for-drap-og-andre-alvorlige-saker-om-vold-overgrep-og-omsorgssvikt-mot-barn-mv/id3080808/",
      excerpt:
        "Barne- og familiedepartementet sendte 20. desember på høring forslag til lov om undersøkelsesordning for drap og andre alvorlige saker om vold, overgrep og omsorgssvikt mot barn mv., se her. Formålet med loven er å bidra til å forebygge drap og alvorlig vold, overgrep og omsorgssvikt mot barn. Høringsfrist er 31. januar.",
      topics: ["barn-og-unge", "vold-i-naere-relasjoner"],
    }),

    // Nasjonal konferanse mot radikalisering og voldelig ekstremisme
    seminar({
      key: "radikaliseringskonferansen-2024",
      title: "Nasjonal konferanse mot radikalisering og voldelig ekstremisme",
      issuer: "pod",
      startOn: "2024-12-11",
      isOnline: true,
      summary:
        "Den årlige radikaliseringskonferansen, arrangert heldigitalt av Politidirektoratet, om blant annet høyreekstrem vold i Vest-Europa, årsaker til ekstremisme og forebygging. Opptak er tilgjengelig på radikalisering.no.",
      url: "https://www.regjeringen.no/no/sub/radikalisering/aktuelt/arets-nasjonale-konferanse-mot-radikalisering-og-voldelig-ekstremisme-11.-desember-na-er-programmet-klart/id3077743/",
      excerpt: "Den årlige radikaliseringskonferansen ble arrangert av Politidirektoratet 11. desember som heldigitalt arrangement.",
      topics: ["radikalisering-og-ekstremisme"],
    }),

    // Nytt forskningsprosjekt om arbeidstakere i gråsonen mellom sosial dumping og menneskehandel
    deadline({
      key: "fafo-sluttrapport-grasonen-sosial-dumping",
      title: "Sluttrapport: FoU-prosjekt om arbeidstakere i gråsonen mellom sosial dumping og menneskehandel til tvangsarbeid",
      issuer: "fafo",
      deadline: "2025-11-15",
      summary:
        "Prosjektet, utlyst av Arbeids- og inkluderingsdepartementet i samarbeid med JD, er tildelt Fafo og skal kartlegge omfang og kjennetegn ved arbeidstakere som er ofre for grov utnytting uten at det er menneskehandel.",
      url: "https://www.doffin.no/notices/2024-113330",
      excerpt:
        "Arbeids- og inkluderingsdepartementet, i samarbeid med JD, lyste i september ut et FoU-prosjekt om arbeidstakere i gråsonen mellom sosial dumping og menneskehandel til tvangsarbeid. Prosjektet har blitt tildelt forskningsstiftelsen Fafo. Sluttrapport skal leveres 15. november 2025.",
      topics: ["arbeidslivskriminalitet", "menneskehandel", "forskning"],
    }),

    // Aktuelle internasjonale tiltak: GRETA
    seminar({
      key: "greta-nettverksmote-advokater-ngo",
      title: "Årlig møte i Europarådets nettverk for spesialiserte advokater og frivillige organisasjoner mot menneskehandel",
      issuer: "greta",
      startOn: "2024-10-18",
      location: "Strasbourg",
      summary:
        "GRETA holdt på den europeiske dagen mot menneskehandel det årlige møtet i nettverket for advokater og organisasjoner som gir juridisk bistand til ofre. Stedet er hentet fra lenken.",
      url: "https://www.coe.int/en/web/anti-human-trafficking/-/european-anti-trafficking-day-network-of-specialised-anti-trafficking-lawyers-and-ngos-in-strasbourg",
      excerpt:
        "På den europeiske dagen for bekjempelse av menneskehandel 18. oktober, avholdt Europarådets ekspertgruppe Group of Experts on Action against Trafficking in Human Beings (GRETA) det årlige møtet i Europarådets nettverk for spesialiserte advokater og frivillige organisasjoner som gir juridisk bistand til ofre for menneskehandel, se her.",
      topics: ["menneskehandel", "ofres-rettigheter", "internasjonalt-samarbeid"],
    }),

    // EU-kommisjonen
    seminar({
      key: "eu-rapportorer-sivilsamfunn-brussel",
      title: "Fellesmøte for EUs nettverk av nasjonale rapportører og koordinatorer og EUs plattform for sivilt samfunn mot menneskehandel",
      issuer: "eu-kommisjonen",
      startOn: "2024-12-02",
      endOn: "2024-12-03",
      location: "Brussel",
      summary:
        "Møtet handlet om den internasjonale dimensjonen av menneskehandel og sammenhengen mellom menneskehandel og migrasjon, inkludert smugling av migranter.",
      url: "https://home-affairs.ec.europa.eu/news/eu-network-national-coordinators-and-rapporteurs-and-eu-civil-society-platform-join-efforts-against-2024-12-11_en",
      excerpt:
        "Det ble avholdt fellesmøte for EUs nettverk av nasjonale rapportører og koordinatorer og EUs plattform for sivilt samfunn 2.-3. desember i Brussel, se her. Møtet fokuserte på den internasjonale dimensjonen av menneskehandel og sammenhengen mellom menneskehandel og migrasjon, inkludert smugling av migranter.",
      topics: ["menneskehandel", "migrasjon", "internasjonalt-samarbeid"],
    }),

    // Østersjørådet (CBSS); the Tallinn meeting repeated here is the item above.
    seminar({
      key: "cbss-pex-bsr-studiebesok-stockholm",
      title: "Studiebesøk for ungdomsrepresentanter i CBSS-prosjektet PEX-BSR",
      issuer: "cbss",
      startOn: "2024-10-21",
      endOn: "2024-10-22",
      location: "Stockholm",
      summary:
        "CBSS samlet ungdomsrepresentanter fra Østersjøregionen og OSSE for å styrke regionale tiltak mot menneskehandel, særlig mot etterspørselen etter seksuell utnyttelse.",
      url: "https://cbss.org/2024/10/28/baltic-sea-youth-convene-in-stockholm-to-tackle-human-trafficking/",
      excerpt:
        "CBSS har, som del av prosjektet om utnyttelse til seksuelle formål, PEX-BSR, samlet ungdomsrepresentanter fra Østersjøregionen og OSSE, se her. Formålet med studiebesøket 21.-22 oktober i Stockholm var å styrke regionale tiltak mot menneskehandel, med et særlig fokus på å bekjempe etterspørselen etter seksuell utnyttelse.",
      topics: ["menneskehandel", "seksuell-utnyttelse", "barn-og-unge", "internasjonalt-samarbeid"],
    }),

    // Sverige; the Göteborg conference repeated here is the item above.
    seminar({
      key: "nspm-rundbordsmote-mindrearige",
      title: "Rundbordsmøte om utnyttelse av mindreårige",
      issuer: "nspm",
      startOn: "2024-10-17",
      summary:
        "NSPM samlet svenske aktører innen kriminalitetsforebygging til rundbordsmøte om utnyttelse av mindreårige, dagen før den nasjonale konferansen 18. oktober (datoen er utledet av «dagen før»).",
      url: "https://nspm.jamstalldhetsmyndigheten.se/nyheter/barn-och-unga-riskerar-att-utsattas-for-manniskohandel-i-kriminella-miljoer/",
      excerpt:
        'NSPM arrangerte 18. oktober nasjonal konferanse om menneskehandel, "Från ord till handling", se her. Dagen før samlet NSPM svenske aktører innen kriminalitetsforebygging til et rundsbordsmøte om utnyttelse av mindreårige, se her.',
      topics: ["menneskehandel", "barn-og-unge"],
    }),

    // RVTS Øst: digital courses in 2025
    seminar({
      key: "rvts-ost-kurs-ungdom-kriminalitet-2025-01",
      title: "Digitalt kurs om ungdom utnyttet til kriminalitet",
      issuer: "rvts-ost",
      startOn: "2025-01-15",
      endOn: "2025-01-16",
      isOnline: true,
      summary: "Digitalt kurs fra RVTS Øst i samarbeid med RVTS Nord, Vest, Midt og Sør, åpent for deltakere fra hele landet.",
      url: "https://rvtsost.no/kurs/digitalt-kurs-om-ungdom-utnyttet-til-kriminalitet-2",
      excerpt:
        "Regionalt ressurssenter om vold, traumatisk stress og selvmordsforebygging (RVTS) Øst arrangerer flere digitale seminarer i 2025: Digitalt kurs om ungdom utnyttet til kriminalitet 15.-16. januar, se her.",
      topics: ["menneskehandel", "barn-og-unge"],
    }),
    seminar({
      key: "rvts-ost-grunnkurs-menneskehandel-2025-04",
      title: "Digitalt grunnkurs om utnyttelse og menneskehandel",
      issuer: "rvts-ost",
      startOn: "2025-04-29",
      endOn: "2025-04-30",
      isOnline: true,
      summary: "Digitalt grunnkurs fra RVTS Øst i samarbeid med RVTS Nord, Vest, Midt og Sør, åpent for deltakere fra hele landet.",
      url: "https://rvtsost.no/kurs/digitalt-grunnkurs-om-utnyttelse-og-menneskehandel-3",
      excerpt:
        "Regionalt ressurssenter om vold, traumatisk stress og selvmordsforebygging (RVTS) Øst arrangerer flere digitale seminarer i 2025: Digitalt grunnkurs om utnyttelse og menneskehandel 29.-30. april, se her.",
      topics: ["menneskehandel"],
    }),
    seminar({
      key: "rvts-ost-kurs-ungdom-kriminalitet-2025-09",
      title: "Digitalt kurs om ungdom utnyttet til kriminalitet",
      issuer: "rvts-ost",
      startOn: "2025-09-09",
      endOn: "2025-09-10",
      isOnline: true,
      summary: "Digitalt kurs fra RVTS Øst i samarbeid med RVTS Nord, Vest, Midt og Sør, åpent for deltakere fra hele landet.",
      url: "https://rvtsost.no/kurs/digitalt-kurs-om-ungdom-utnyttet-til-kriminalitet-3",
      excerpt:
        "Regionalt ressurssenter om vold, traumatisk stress og selvmordsforebygging (RVTS) Øst arrangerer flere digitale seminarer i 2025: Digitalt kurs om ungdom utnyttet til kriminalitet 9.-10. september, se her.",
      topics: ["menneskehandel", "barn-og-unge"],
    }),
    seminar({
      key: "rvts-ost-grunnkurs-menneskehandel-2025-11",
      title: "Digitalt grunnkurs om utnyttelse og menneskehandel",
      issuer: "rvts-ost",
      startOn: "2025-11-04",
      endOn: "2025-11-05",
      isOnline: true,
      summary: "Digitalt grunnkurs fra RVTS Øst i samarbeid med RVTS Nord, Vest, Midt og Sør, åpent for deltakere fra hele landet.",
      url: "https://rvtsost.no/kurs/digitalt-grunnkurs-om-utnyttelse-og-menneskehandel-4",
      excerpt:
        "Regionalt ressurssenter om vold, traumatisk stress og selvmordsforebygging (RVTS) Øst arrangerer flere digitale seminarer i 2025: Digitalt grunnkurs om utnyttelse og menneskehandel 4.-5. november, se her.",
      topics: ["menneskehandel"],
    }),
  ],
};
