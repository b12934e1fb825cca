/**
 * Application services of the ZVH: each sub-package is one feature of the process (aanmelding,
 * screening, casus, privacy, beheer, …).
 *
 * <h2>One shape for a service</h2>
 *
 * Every feature has a <em>boundary</em> and a <em>service</em>:
 *
 * <ul>
 *   <li>The boundary is a {@code @Stateless} EJB with {@code @RolesAllowed}: the only entry for
 *       pages and the REST API. It checks the role and supplies the logged-in {@link
 *       nl.zvh.privacy.Actor} (from {@code HuidigeGebruiker}); it holds no logic of its own.
 *   <li>The service is {@code @ApplicationScoped @Transactional} and does the work for an explicit
 *       actor, so an in-container test calls it as any user. Every read or change of personal data
 *       names a {@link nl.zvh.privacy.Handeling} and runs as work handed to the {@link
 *       nl.zvh.privacy.Verwerkingspoort}, which looks the object up, asks the policy and writes the
 *       processing log. {@code VerwerkingspoortTest} (zvh-intake-web) fails a service method that
 *       touches case data without it. Rules of the case itself stay in the domain entities.
 * </ul>
 *
 * <h2>Where a new feature goes (an example: the ICO)</h2>
 *
 * <pre>
 * zvh-domain   nl.zvh.domain.model.overleg.Overleg          the aggregate, refers to its Casus
 *              db/migration/domain/V…__overleg.sql           its tables (see the README)
 * zvh-privacy  Handeling.OVERLEG_PLANNEN, Toegangsbeleid     the processing and its rule
 * zvh-regie    nl.zvh.regie.overleg.Overleggen (boundary)    role check, the actor
 *              nl.zvh.regie.overleg.Overlegdienst (service)  the work, through the gate
 * zvh-web      nl.zvh.web.overleg.OverlegPlannen + overleg/plannen.xhtml
 * tests        domain rules in plain JUnit; the service in PortaalInContainerIT; the page in a
 *              browser test (zvh-systemtest)
 * </pre>
 *
 * <h2>Names</h2>
 *
 * The kind of a class shows in its name, so one word never stands for two kinds:
 *
 * <ul>
 *   <li>an entity or value object is the domain noun in the singular: {@code Aanmelding}, {@code
 *       Casus};
 *   <li>a boundary is named after its feature: {@code Aanmeldingen}, {@code Screening}, {@code
 *       CasusInzage}, {@code GebruikerBeheer};
 *   <li>its service ends in {@code dienst}: {@code Aanmeldingsdienst}, {@code Casusdienst};
 *   <li>a read model ends in what it is: {@code AanmeldingWeergave}, {@code WerkvoorraadRegel},
 *       {@code CasusDossier}; a query for one screen ends in {@code lijst}: {@code Casuslijst};
 *   <li>a helper of services is named for what it does: {@code Termijnberekening}, {@code Mailer},
 *       {@code Bekendheid};
 *   <li>in the web module a page bean is named after its page or what the user does there ({@code
 *       Aanmelden}, {@code Screenen}, {@code Dossier}, {@code RechtenVanBetrokkenen}), never after
 *       an entity or a class of another module; a REST resource ends in {@code Api} ({@code
 *       AanmeldingenApi}) and its JSON body in {@code Json} ({@code AanmeldingJson}).
 * </ul>
 *
 * The jobs ({@code …Taak}) and {@code Vernietiging} are EJBs of their own: a timer, or a
 * transaction per destroyed case, needs the container; they are not entered from a page.
 */
package nl.zvh.regie;
