// Nyhetsbrev fra KOM, januar–mars 2023 (no publication date stated).
// Dates without a year are 2023: the period itself, deadlines later in the spring and the
// events announced for April and October. The links of this text are empty ("[her](#)"), so
// items carry no url. Items are in the order the newsletter gives them.
import { deadline, hearing, seminar } from "./build";
import type { SeedNewsletter } from "./types";

export const newsletter2023Q1: SeedNewsletter = {
  source: {
    slug: "kom-nyhetsbrev-2023-q1",
    title: "Nyhetsbrev fra KOM januar–mars 2023",
    periodLabel: "januar–mars 2023",
    publishedOn: null,
  },
  items: [
    // KOM rapporter og publikasjoner
    deadline({
      key: "kom-rettsavgjorelser-oppdatering-2023-04",
      title: "Neste oppdatering av KOMs oversikt over rettsavgjørelser om menneskehandel",
      issuer: "kom",
      deadline: "2023-04-30",
      summary:
        "KOM utarbeider tertialvise oversikter over rettsavgjørelser om menneskehandel (straffesaker, utlendingssaker og dommer fra EMD); neste oppdatering kommer 30. april 2023.",
      excerpt:
        "KOM utarbeider tertialvise oversikter over rettsavgjørelser om menneskehandel (straffesaker, utlendingssaker og dommer fra EMD), se oversikten her. Neste oppdatering blir 30. april 2023.",
      topics: ["menneskehandel", "rettspraksis"],
    }),

    // KOM seminarer og kompetanseheving
    seminar({
      key: "kom-seminar-fafo-rapport-2023-03",
      title:
        "KOM-seminar: lansering av Fafo-rapport 2023:03 «Menneskehandel i Norge – Personvernvurderinger og datagrunnlag for omfangsestimering»",
      issuer: "kom",
      startOn: "2023-01-18",
      summary:
        "Lansering og presentasjon av Fafo-rapporten fra samarbeidsprosjektet med UNODC om omfangsberegning av antatte ofre for menneskehandel i Norge.",
      excerpt:
        'KOM arrangerte 18. januar seminar for lansering og presentasjon av Fafo-rapport 2023:03 "Menneskehandel i Norge – Personvern-vurderinger og datagrunnlag for omfangsestimering", se rapporten her.',
      topics: ["menneskehandel", "forskning"],
    }),

    // OSSE workshop om risiko for utnyttning av ukrainske flyktninger
    seminar({
      key: "osse-workshop-ukrainske-flyktninger",
      title: "On the need to enhance anti-trafficking prevention amid mass migration flows",
      issuer: "osse",
      startOn: "2023-02-09",
      summary:
        "Heldagsseminar om risiko for utnyttelse av ukrainske flyktninger, arrangert av kontoret for OSSEs spesialrepresentant for menneskehandel i samarbeid med JD og KOM.",
      excerpt:
        'Heldagsseminaret "On the need to enhance anti-trafficking prevention amid mass migration flows" ble arrangert 9. februar av kontoret for OSSEs spesialrepresentant for menneskehandel, i samarbeid med Justis- og beredskapsdepartementet (JD) og KOM. Det var bred deltakelse fra en rekke aktører fra Norge.',
      topics: ["menneskehandel", "migrasjon"],
    }),

    // Samarbeidsmøter og foredrag
    seminar({
      key: "arbeidstilsynet-seminar-menneskehandelskontakter",
      title: "Seminar for Arbeidstilsynets menneskehandelskontakter",
      issuer: "arbeidstilsynet",
      startOn: "2023-02-27",
      summary: "KOM holdt presentasjonen «Menneskehandel – fenomenkunnskap og aktørbilde» på seminaret.",
      excerpt:
        "KOM deltok 27. februar på seminar for Arbeidstilsynets menneskehandels-kontakter, hvor KOM holdt presentasjonen Menneskehandel – fenomenkunnskap og aktørbilde.",
      topics: ["menneskehandel", "arbeidslivskriminalitet"],
    }),
    seminar({
      key: "lovutvalg-negativ-sosial-kontroll-innspillsmote",
      title:
        "Innspillsmøte med Lovutvalget om negativ sosial kontroll, æresrelatert vold, tvangsekteskap, kjønnslemlestelse og psykisk vold",
      issuer: "lovutvalg-negativ-sosial-kontroll",
      startOn: "2023-03-24",
      summary:
        "Møtet gjaldt innspill til om tvangsekteskap bør innlemmes som en av utnyttingsformene for menneskehandel i straffeloven § 257. KOM var invitert.",
      excerpt:
        "KOM ble invitert til innspillsmøte 24. mars med Lovutvalg om negativ sosial kontroll, æresrelatert vold, tvangsekteskap, kjønnslemlestelse og psykisk vold. Møtet gjaldt innspill til hvorvidt tvangsekteskap bør innlemmes som en av utnyttingsformene for menneskehandel i straffeloven § 257.",
      topics: ["negativ-sosial-kontroll", "menneskehandel"],
    }),

    // Deltakelse i internasjonale fora. The Berlin meeting is dated twice in the text:
    // "17.-18. februar" (KOM's activities) and "16.-17. februar" (the CBSS section, which
    // names it the second meeting under the German presidency). 16–17 February 2023 is a
    // Thursday–Friday, 17–18 a Friday–Saturday; the item uses 16–17 and its summary says so.
    seminar({
      key: "cbss-tf-thb-berlin",
      title: "Møte i CBSS Task Force against Trafficking in Human Beings (TF-THB)",
      issuer: "cbss",
      startOn: "2023-02-16",
      endOn: "2023-02-17",
      location: "Berlin",
      summary:
        "Andre møte under tysk formannskap, med særlig fokus på menneskehandel og utnyttelse i prostitusjon eller annen seksuell utnyttelse; KOM deltok. Nyhetsbrevet oppgir også 17.–18. februar for samme møte; 16.–17. februar (torsdag–fredag) er brukt.",
      excerpt:
        "KOM deltok på arbeidsgruppemøte i Berlin 17.-18. februar. Møtet hadde et særlig fokus på menneskehandel og utnyttelse i prostitusjon eller annen seksuell utnyttelse, se her for nærmere informasjon om deltakelse og agenda. Andre møte under tysk formannskap for arbeidsgruppen Task Force against Trafficking in Human Beings ble arrangert 16.-17. februar i Berlin, se her for nærmere informasjon om deltakelse og agenda.",
      topics: ["menneskehandel", "seksuell-utnyttelse", "internasjonalt-samarbeid"],
    }),
    seminar({
      key: "nordisk-koordinatorgruppe-mars",
      title: "Møte i Den nordiske koordinator-arbeidsgruppen mot menneskehandel",
      issuer: "nordisk-ministerrad",
      startOn: "2023-03-14",
      summary:
        "Island arrangerte møtet i arbeidsgruppen under Nordisk ministerråd, med fokus på hvordan landene koordinerer innsatsen mot menneskehandel på strategisk og operativt nivå. KOM deltok fra Norge.",
      excerpt:
        "Island arrangerte et møte i arbeidsgruppen den 14. mars, hvor KOM deltok fra Norge. Møtets fokus var hvordan de ulike landene koordinerer sin innsats mot menneskehandel på strategisk og operativt nivå.",
      topics: ["menneskehandel", "internasjonalt-samarbeid"],
    }),
    seminar({
      key: "eu-konferanse-ettersporsel-stockholm",
      title: "Conference on prevention models to address the demand that fosters trafficking for sexual purposes",
      issuer: "eu-formannskapet-sverige",
      startOn: "2023-03-29",
      endOn: "2023-03-30",
      location: "Stockholm",
      summary:
        "Konferanse i regi av Sveriges formannskap i Rådet for EU om forebygging av etterspørselen som fremmer menneskehandel til seksuelle formål; KOM deltok. Opptak er tilgjengelig.",
      excerpt:
        'KOM deltok den 29–30. mars i Stockholm på "Conference on prevention models to address the demand that fosters trafficking for sexual purposes", i regi av Sveriges formannskap i Rådet for EU.',
      topics: ["menneskehandel", "seksuell-utnyttelse", "internasjonalt-samarbeid"],
    }),

    // Oppnevning av nytt voldtektsutvalg
    deadline({
      key: "voldtektsutvalget-nou-levering",
      title: "Voldtektsutvalget leverer NOU om forebygging og straffeforfølgning av voldtekt",
      issuer: "voldtektsutvalget",
      deadline: "2024-01-31",
      summary:
        "Utvalget regjeringen nedsatte 17. februar 2023 skal levere en NOU innen utgangen av januar 2024 (fristen er satt til siste dag i januar).",
      excerpt:
        "Regjeringen nedsatte 17. februar et utvalg som skal utrede problemstillinger knyttet til forebygging og straffeforfølgning av voldtekt, se her. Utvalget skal levere en NOU innen utgangen av januar 2024.",
      topics: ["seksuallovbrudd"],
    }),

    // Høringer
    hearing({
      key: "horing-nou-2022-18",
      title: "NOU 2022:18 Mellom mobilitet og migrasjon – Arbeidsinnvandreres integrering i norsk arbeids- og samfunnsliv",
      reference: "NOU 2022:18",
      issuer: "aid",
      sentOn: "2023-01-19",
      deadline: "2023-04-19",
      summary:
        "Utvalget har kartlagt situasjonen for arbeidsinnvandrere og drøfter blant annet styrket bistand til arbeidsinnvandrere som opplever utnyttelse og arbeidet mot sosial dumping og arbeidslivskriminalitet.",
      excerpt:
        'Utredningen NOU 2022:18 "Mellom mobilitet og migrasjon – Arbeidsinnvandreres integrering i norsk arbeids- og samfunnsliv" ble overlevert AID 13. desember 2022 og ble sendt på høring 19. januar, se her. Høringsfrist er 19. april.',
      topics: ["migrasjon", "arbeidslivskriminalitet"],
    }),
    hearing({
      key: "horing-nou-2023-7",
      title: "NOU 2023:7 Trygg barndom, sikker fremtid – Gjennomgang av rettssikkerheten for barn og foreldre i barnevernet",
      reference: "NOU 2023:7",
      issuer: "bfd",
      sentOn: "2023-03-27",
      deadline: "2023-06-26",
      summary:
        "Barnevernsutvalget utreder tiltak for bedre rettssikkerhet i alle deler av barnevernet, blant annet for innvandrere og enslige mindreårige asylsøkere.",
      excerpt:
        'Barnevernsutvalgets utredning NOU 2023:7 "Trygg barndom, sikker fremtid. Gjennomgang av rettssikkerheten for barn og foreldre i barnevernet" ble overlevert Barne- og familiedepartementet (BFD) 20. mars og sendt på høring 27. mars, se her. Høringsfrist er 26. juni.',
      topics: ["barnevern", "barn-og-unge", "migrasjon"],
    }),
    hearing({
      key: "horing-kirkeasyl-engangslosning",
      title: "Engangsløsning for utlendinger som har oppholdt seg i kirkeasyl – endringer i utlendingsforskriften",
      issuer: "jd",
      sentOn: "2023-02-22",
      deadline: "2023-03-15",
      summary:
        "Utlendinger med endelig avslag på asylsøknad som innen 29. november 2022 har oppholdt seg i kirkeasyl i minst fem år, foreslås gitt oppholdstillatelse på grunn av sterke menneskelige hensyn.",
      excerpt:
        "JD sendte 22. februar på høring forslag til endringer i utlendingsforskriften, se her. Forslaget innebærer at utlendinger som har fått endelig avslag på søknad om beskyttelse (asyl), men som innen 29. november 2022 har oppholdt seg i kirkeasyl i minst fem år, skal få oppholdstillatelse på grunn av sterke menneskelige hensyn. Høringsfrist var 15. mars.",
      topics: ["migrasjon"],
    }),
    hearing({
      key: "horing-avvikle-au-pair-ordningen",
      title: "Forslag om å avvikle au pair-ordningen i Norge",
      issuer: "jd",
      sentOn: "2023-03-29",
      deadline: "2023-06-29",
      summary:
        "Forslag til endringer i utlendingsloven og -forskriften med sikte på å avvikle au pair-ordningen; det åpnes også for innspill om hvorvidt ordningen bør avvikles.",
      excerpt:
        "JD sendte 29. mars på høring forslag til endringer i utlendingsloven og -forskriften med sikte på å avvikle au pair-ordningen i Norge, se her. Selv om høringsnotatet tar utgangspunkt i at ordningen skal avvikles, åpnes det også for innspill om hvorvidt ordningen bør avvikles eller ikke. Høringsfrist er 29. juni.",
      topics: ["migrasjon", "arbeidslivskriminalitet"],
    }),
    hearing({
      key: "horing-direktiv-2020-1057-sjaforer",
      title: "Gjennomføring av direktiv (EU) 2020/1057 – regler om utsending av sjåfører",
      issuer: "aid",
      sentOn: "2023-03-29",
      deadline: "2023-05-24",
      summary:
        "Forslag til endringer i forskrift om utsendte arbeidstakere for å gjennomføre EU-direktivets regler om utsending av sjåfører i veitransportsektoren.",
      excerpt:
        "AID sendte 29. mars på høring forslag til endringer i Forskrift om utsendte arbeidstakere, se her. Formålet med endringene er å gjennomføre regler i EU-direktivet om utsending av sjåførere i veitransportsektoren. Høringsfrist er 24. mai.",
      topics: ["arbeidslivskriminalitet"],
    }),

    // Aktuelle internasjonale tiltak: OSSE
    seminar({
      key: "osse-alliance-conference-2023",
      title:
        "23rd Conference of the Alliance against Trafficking in Persons: It's About People: National Leadership to End Human Trafficking",
      issuer: "osse",
      startOn: "2023-04-18",
      endOn: "2023-04-19",
      location: "Wien",
      summary: "OSSEs 23. Alliance-konferanse mot menneskehandel, om nasjonalt lederskap for å få slutt på menneskehandel.",
      excerpt:
        'OSSEs "23rd Conference of the Alliance against Trafficking in Persons: It\'s About People: National Leadership to End Human Trafficking" avholdes i Wien 18.-19. April, se her.',
      topics: ["menneskehandel", "internasjonalt-samarbeid"],
    }),

    // Verdt å merke seg – KOM nasjonalt seminar høsten 2023
    seminar({
      key: "kom-nasjonalt-seminar-2023",
      title: "KOM nasjonalt seminar høsten 2023",
      issuer: "kom",
      startOn: "2023-10-18",
      endOn: "2023-10-19",
      location: "Clarion Hotel Oslo",
      summary: "Fysisk samling i Oslo over to dager. Informasjon om påmelding og program sendes KOMs samarbeidsaktører i juni.",
      excerpt:
        "KOM planlegger for en fysisk samling i Oslo over to dager 18.-19. oktober på Clarion Hotel Oslo. Nærmere informasjon om påmelding og program sendes KOMs samarbeidsaktører i egen korrespondanse i juni.",
      topics: ["menneskehandel"],
    }),
  ],
};
