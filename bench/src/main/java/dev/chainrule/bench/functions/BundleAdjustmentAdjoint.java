package dev.chainrule.bench.functions;

/**
 * The hand-written Jacobian of {@link BundleAdjustment#reprojectionError}, the manual anchor: one forward pass that
 * keeps every intermediate in a field, then one backward pass per residual entry (seed {@code (1, 0)}, then
 * {@code (0, 1)}), each writing a row of the 2 × 15 block straight into the sparse Jacobian. The adjoint of a cross
 * product {@code c = a × b} is {@code ā += b × c̄}, {@code b̄ += c̄ × a}. Holds its intermediates, so one instance
 * serves one thread.
 */
public final class BundleAdjustmentAdjoint {

    private static final int POINT = BundleAdjustment.CAMERA_PARAMETERS;
    private static final int WEIGHT = BundleAdjustment.OBSERVATION_INPUTS - 1;

    private double[] camera;
    private double weight;
    private double x0;
    private double x1;
    private double x2;
    private boolean rotated;
    private double theta;
    private double cos;
    private double sin;
    private double w0;
    private double w1;
    private double w2;
    private double dot;
    private double p2;
    private double u;
    private double v;
    private double rsq;
    private double distortion;
    private double error0;
    private double error1;

    /**
     * Fills the whole sparse Jacobian of {@link BundleAdjustment#residuals}.
     *
     * @param data     the problem
     * @param jacobian receives every derivative
     */
    public void jacobian(BundleAdjustmentData data, BundleAdjustmentJacobian jacobian) {
        for (int i = 0; i < data.observations(); i++) {
            forward(data.cameras()[data.cameraIndex()[i]], data.points()[data.pointIndex()[i]], data.weights()[i],
                    data.features()[i]);
            backward(1, 0, i, 0, jacobian);
            backward(0, 1, i, 1, jacobian);
            jacobian.putWeight(i, -2 * data.weights()[i]);
        }
    }

    private void forward(double[] cam, double[] point, double w, double[] feature) {
        camera = cam;
        weight = w;
        x0 = point[0] - cam[3];
        x1 = point[1] - cam[4];
        x2 = point[2] - cam[5];
        double sqTheta = cam[0] * cam[0] + cam[1] * cam[1] + cam[2] * cam[2];
        rotated = sqTheta != 0;
        double p0;
        double p1;
        if (rotated) {
            theta = Math.sqrt(sqTheta);
            cos = Math.cos(theta);
            sin = Math.sin(theta);
            w0 = cam[0] / theta;
            w1 = cam[1] / theta;
            w2 = cam[2] / theta;
            dot = w0 * x0 + w1 * x1 + w2 * x2;
            double tmp = dot * (1 - cos);
            p0 = x0 * cos + (w1 * x2 - w2 * x1) * sin + w0 * tmp;
            p1 = x1 * cos + (w2 * x0 - w0 * x2) * sin + w1 * tmp;
            p2 = x2 * cos + (w0 * x1 - w1 * x0) * sin + w2 * tmp;
        } else {
            p0 = x0 + (cam[1] * x2 - cam[2] * x1);
            p1 = x1 + (cam[2] * x0 - cam[0] * x2);
            p2 = x2 + (cam[0] * x1 - cam[1] * x0);
        }
        u = p0 / p2;
        v = p1 / p2;
        rsq = u * u + v * v;
        distortion = 1 + cam[9] * rsq + cam[10] * rsq * rsq;
        error0 = cam[6] * u * distortion + cam[7] - feature[0];
        error1 = cam[6] * v * distortion + cam[8] - feature[1];
    }

    private void backward(double seed0, double seed1, int i, int output, BundleAdjustmentJacobian jacobian) {
        double f = camera[6];
        jacobian.put(i, output, WEIGHT, seed0 * error0 + seed1 * error1);
        double proj0Bar = seed0 * weight;
        double proj1Bar = seed1 * weight;
        jacobian.put(i, output, 7, proj0Bar);
        jacobian.put(i, output, 8, proj1Bar);
        jacobian.put(i, output, 6, (proj0Bar * u + proj1Bar * v) * distortion);
        double distortionBar = f * (proj0Bar * u + proj1Bar * v);
        jacobian.put(i, output, 9, distortionBar * rsq);
        jacobian.put(i, output, 10, distortionBar * rsq * rsq);
        double rsqBar = distortionBar * (camera[9] + 2 * camera[10] * rsq);
        double uBar = proj0Bar * f * distortion + 2 * u * rsqBar;
        double vBar = proj1Bar * f * distortion + 2 * v * rsqBar;
        // u = p0 / p2, v = p1 / p2
        double p0Bar = uBar / p2;
        double p1Bar = vBar / p2;
        double p2Bar = -(uBar * u + vBar * v) / p2;
        double x0Bar;
        double x1Bar;
        double x2Bar;
        double r0Bar;
        double r1Bar;
        double r2Bar;
        if (rotated) {
            // p = x cos + (ω × x) sin + ω t,  t = (ω·x)(1 − cos)
            double t = dot * (1 - cos);
            double cross0 = w1 * x2 - w2 * x1;
            double cross1 = w2 * x0 - w0 * x2;
            double cross2 = w0 * x1 - w1 * x0;
            double cosBar = p0Bar * x0 + p1Bar * x1 + p2Bar * x2;
            double sinBar = p0Bar * cross0 + p1Bar * cross1 + p2Bar * cross2;
            double tBar = p0Bar * w0 + p1Bar * w1 + p2Bar * w2;
            double dotBar = tBar * (1 - cos);
            cosBar -= tBar * dot;
            double c0Bar = p0Bar * sin;
            double c1Bar = p1Bar * sin;
            double c2Bar = p2Bar * sin;
            // ω̄ += x × c̄ + p̄ t + (ω·x)̄ x;  x̄ += c̄ × ω + p̄ cos + (ω·x)̄ ω
            double w0Bar = x1 * c2Bar - x2 * c1Bar + p0Bar * t + dotBar * x0;
            double w1Bar = x2 * c0Bar - x0 * c2Bar + p1Bar * t + dotBar * x1;
            double w2Bar = x0 * c1Bar - x1 * c0Bar + p2Bar * t + dotBar * x2;
            x0Bar = c1Bar * w2 - c2Bar * w1 + p0Bar * cos + dotBar * w0;
            x1Bar = c2Bar * w0 - c0Bar * w2 + p1Bar * cos + dotBar * w1;
            x2Bar = c0Bar * w1 - c1Bar * w0 + p2Bar * cos + dotBar * w2;
            // ω = r / θ, θ = |r|: r̄ = ω̄ / θ + r θ̄ / θ with θ̄ = −sin·cos̄ + cos·sin̄ − (ω̄·r) / θ²
            double thetaBar = -sin * cosBar + cos * sinBar
                    - (w0Bar * camera[0] + w1Bar * camera[1] + w2Bar * camera[2]) / (theta * theta);
            r0Bar = w0Bar / theta + camera[0] * thetaBar / theta;
            r1Bar = w1Bar / theta + camera[1] * thetaBar / theta;
            r2Bar = w2Bar / theta + camera[2] * thetaBar / theta;
        } else {
            // p = x + r × x
            x0Bar = p0Bar + p1Bar * camera[2] - p2Bar * camera[1];
            x1Bar = p1Bar + p2Bar * camera[0] - p0Bar * camera[2];
            x2Bar = p2Bar + p0Bar * camera[1] - p1Bar * camera[0];
            r0Bar = x1 * p2Bar - x2 * p1Bar;
            r1Bar = x2 * p0Bar - x0 * p2Bar;
            r2Bar = x0 * p1Bar - x1 * p0Bar;
        }
        jacobian.put(i, output, 0, r0Bar);
        jacobian.put(i, output, 1, r1Bar);
        jacobian.put(i, output, 2, r2Bar);
        jacobian.put(i, output, 3, -x0Bar);
        jacobian.put(i, output, 4, -x1Bar);
        jacobian.put(i, output, 5, -x2Bar);
        jacobian.put(i, output, POINT, x0Bar);
        jacobian.put(i, output, POINT + 1, x1Bar);
        jacobian.put(i, output, POINT + 2, x2Bar);
    }
}
