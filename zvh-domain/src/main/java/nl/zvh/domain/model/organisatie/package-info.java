/** Partner organisations of the samenwerkingsverband and their convenant membership. */
package nl.zvh.domain.model.organisatie;
