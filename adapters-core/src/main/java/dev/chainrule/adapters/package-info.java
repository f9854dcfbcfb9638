/**
 * What the library adapters ({@code chainrule-hipparchus}, {@code chainrule-commons-math}) share, free of either
 * library: {@link dev.chainrule.adapters.OdeRightHandSide}, an ODE's right-hand side over the state and named
 * parameters with the Jacobian columns the variational equations ask for, and {@link dev.chainrule.adapters.Views},
 * the checks every adapter makes of the view it wraps. Users reach these through the adapters.
 */
package dev.chainrule.adapters;
