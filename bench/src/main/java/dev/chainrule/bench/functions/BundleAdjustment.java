package dev.chainrule.bench.functions;

import dev.chainrule.Differentiable;

/**
 * ADBench's bundle adjustment residuals (Šrajer, Kukelova and Fitzgibbon 2018, section 5.2). A camera has 11
 * parameters: a Rodrigues rotation (0–2), its centre (3–5), the focal length (6), the principal point (7–8) and two
 * radial distortion coefficients (9–10). Each observation of a 3-D point by a camera contributes a weighted
 * reprojection residual (two entries) and a weight residual {@code 1 − w²}.
 */
public final class BundleAdjustment {

    /** The number of parameters of one camera. */
    public static final int CAMERA_PARAMETERS = 11;

    /** The inputs one reprojection residual depends on: a camera, a point and a weight. */
    public static final int OBSERVATION_INPUTS = CAMERA_PARAMETERS + 3 + 1;

    private BundleAdjustment() {
    }

    /**
     * The weighted reprojection error of one observation: rotate {@code X − C} by the Rodrigues vector {@code r}
     * ({@code R(X) = X cos θ + (ω × X) sin θ + ω (ω·X)(1 − cos θ)}, {@code θ = |r|}, {@code ω = r / θ}; to first
     * order {@code X + r × X} when {@code θ = 0}), project, distort radially by {@code 1 + κ₁ρ² + κ₂ρ⁴}, scale by the
     * focal length, shift by the principal point, and subtract the feature.
     *
     * @param camera  the camera's 11 parameters
     * @param point   the point, length 3
     * @param weight  the observation's weight
     * @param feature the observed image point, length 2
     * @return {@code weight · (projection − feature)}, length 2
     */
    @Differentiable(wrt = {"camera", "point", "weight"})
    public static double[] reprojectionError(double[] camera, double[] point, double weight, double[] feature) {
        double x0 = point[0] - camera[3];
        double x1 = point[1] - camera[4];
        double x2 = point[2] - camera[5];
        double r0 = camera[0];
        double r1 = camera[1];
        double r2 = camera[2];
        double sqTheta = r0 * r0 + r1 * r1 + r2 * r2;
        double p0 = 0;
        double p1 = 0;
        double p2 = 0;
        if (sqTheta != 0) {
            double theta = Math.sqrt(sqTheta);
            double cos = Math.cos(theta);
            double sin = Math.sin(theta);
            double w0 = r0 / theta;
            double w1 = r1 / theta;
            double w2 = r2 / theta;
            double tmp = (w0 * x0 + w1 * x1 + w2 * x2) * (1 - cos);
            p0 = x0 * cos + (w1 * x2 - w2 * x1) * sin + w0 * tmp;
            p1 = x1 * cos + (w2 * x0 - w0 * x2) * sin + w1 * tmp;
            p2 = x2 * cos + (w0 * x1 - w1 * x0) * sin + w2 * tmp;
        } else {
            p0 = x0 + (r1 * x2 - r2 * x1);
            p1 = x1 + (r2 * x0 - r0 * x2);
            p2 = x2 + (r0 * x1 - r1 * x0);
        }
        double u = p0 / p2;
        double v = p1 / p2;
        double rsq = u * u + v * v;
        double distortion = 1 + camera[9] * rsq + camera[10] * rsq * rsq;
        double[] error = {weight * (camera[6] * u * distortion + camera[7] - feature[0]),
                weight * (camera[6] * v * distortion + camera[8] - feature[1])};
        return error;
    }

    /**
     * The residual that keeps a weight near ±1.
     *
     * @param weight the observation's weight
     * @return {@code 1 − weight²}
     */
    @Differentiable
    public static double weightError(double weight) {
        return 1 - weight * weight;
    }

    /**
     * Every residual of the problem, the plain function {@code f}: two reprojection entries per observation, then one
     * weight entry per observation.
     *
     * @param data      the problem
     * @param residuals receives the {@code 3p} residuals; overwritten
     */
    public static void residuals(BundleAdjustmentData data, double[] residuals) {
        int p = data.observations();
        for (int i = 0; i < p; i++) {
            double[] error = reprojectionError(data.cameras()[data.cameraIndex()[i]], data.points()[data.pointIndex()[i]],
                    data.weights()[i], data.features()[i]);
            residuals[2 * i] = error[0];
            residuals[2 * i + 1] = error[1];
            residuals[2 * p + i] = weightError(data.weights()[i]);
        }
    }
}
