package dev.chainrule.bench.functions;

import java.util.Random;

/**
 * One bundle adjustment problem, drawn from a seeded generator in the spirit of ADBench's problems: cameras about
 * five units in front of points in the unit cube, small rotations, a focal length near 500, slight radial
 * distortion; every observation sees a random point from a random camera, and its feature is the exact projection
 * plus one pixel of noise.
 *
 * @param cameras     the cameras, {@code n × 11}
 * @param points      the points, {@code m × 3}
 * @param weights     one weight per observation
 * @param features    one observed image point per observation, {@code p × 2}
 * @param cameraIndex the camera of each observation
 * @param pointIndex  the point of each observation
 */
public record BundleAdjustmentData(double[][] cameras, double[][] points, double[] weights, double[][] features,
                                   int[] cameraIndex, int[] pointIndex) {

    /**
     * Draws a problem.
     *
     * @param cameras      the number of cameras, at least 1
     * @param points       the number of points, at least 1
     * @param observations the number of observations, at least 1
     * @param seed         the random seed
     * @return the problem
     */
    public static BundleAdjustmentData generate(int cameras, int points, int observations, long seed) {
        Random random = new Random(seed);
        double[][] cams = new double[cameras][];
        for (int c = 0; c < cameras; c++) {
            cams[c] = new double[] {0.05 * random.nextGaussian(), 0.05 * random.nextGaussian(),
                    0.05 * random.nextGaussian(), 0.5 * random.nextGaussian(), 0.5 * random.nextGaussian(),
                    -5 + 0.5 * random.nextGaussian(), 500 + 50 * random.nextGaussian(), random.nextGaussian(),
                    random.nextGaussian(), 0.01 * random.nextGaussian(), 0.001 * random.nextGaussian()};
        }
        double[][] pts = new double[points][3];
        for (double[] point : pts) {
            for (int j = 0; j < 3; j++) {
                point[j] = 2 * random.nextDouble() - 1;
            }
        }
        double[] weights = new double[observations];
        double[][] features = new double[observations][];
        int[] cameraIndex = new int[observations];
        int[] pointIndex = new int[observations];
        double[] noFeature = {0, 0};
        for (int i = 0; i < observations; i++) {
            cameraIndex[i] = random.nextInt(cameras);
            pointIndex[i] = random.nextInt(points);
            weights[i] = 0.5 + random.nextDouble();
            double[] projection = BundleAdjustment.reprojectionError(cams[cameraIndex[i]], pts[pointIndex[i]], 1,
                    noFeature);
            features[i] = new double[] {projection[0] + random.nextGaussian(), projection[1] + random.nextGaussian()};
        }
        return new BundleAdjustmentData(cams, pts, weights, features, cameraIndex, pointIndex);
    }

    /**
     * Returns {@code p}.
     *
     * @return the number of observations
     */
    public int observations() {
        return weights.length;
    }

    /**
     * The 15 inputs of observation {@code i}'s reprojection residual in the order of the generated view: the camera,
     * the point, the weight.
     *
     * @param i the observation
     * @return a new array of length {@link BundleAdjustment#OBSERVATION_INPUTS}
     */
    public double[] observationInputs(int i) {
        double[] inputs = new double[BundleAdjustment.OBSERVATION_INPUTS];
        System.arraycopy(cameras[cameraIndex[i]], 0, inputs, 0, BundleAdjustment.CAMERA_PARAMETERS);
        System.arraycopy(points[pointIndex[i]], 0, inputs, BundleAdjustment.CAMERA_PARAMETERS, 3);
        inputs[BundleAdjustment.OBSERVATION_INPUTS - 1] = weights[i];
        return inputs;
    }
}
