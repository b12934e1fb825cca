/**
 * The portal: thin Faces beans per area ({@code beveiliging}, {@code start}, {@code beheer}) that
 * call the services of zvh-regie-ejb. Texts come from the bundle {@code nl.zvh.web.teksten}.
 */
package nl.zvh.web;
