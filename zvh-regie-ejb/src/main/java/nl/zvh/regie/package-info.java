/**
 * Application services of the ZVH: each sub-package is one feature of the process (aanmelding,
 * screening, casus, privacy, beheer, …).
 *
 * <h2>One shape for a service</h2>
 *
 * A feature has a <em>boundary</em> and a <em>service</em>:
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
 * One word, one kind of class: the domain noun in the singular is the entity ({@code Aanmelding});
 * its plural is the boundary ({@code Aanmeldingen}); the noun with {@code dienst} is the service
 * ({@code Aanmeldingsdienst}); a read model says what it shows ({@code AanmeldingWeergave}, {@code
 * AanmeldingRegel}); a web page bean is named after what the user does there ({@code Aanmelden},
 * {@code Screenen}); a REST resource ends in {@code Api} ({@code AanmeldingenApi}) and its JSON
 * body in {@code Json} ({@code AanmeldingJson}).
 */
package nl.zvh.regie;
