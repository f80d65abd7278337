package org.vnicconsole.client;

import com.fasterxml.jackson.databind.JavaType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.vnicconsole.client.internal.Cancellation;

/**
 * One action with its request, ready to send, in the manner of Retrofit's {@code Call}: run it
 * on the current thread with {@link #execute()}, or in the background with
 * {@link #executeAsync(Executor)}, whose result is delivered on the executor the caller names
 * (a JavaFX caller passes {@code Platform::runLater}). Immutable; each execution sends a new
 * request, so an instance may be executed again, from any thread.
 *
 * @param <T> the type of the action's response
 */
public final class ApiCall<T> {

    private final ApiTransport transport;
    private final ApiService service;
    private final String action;
    private final Object request;
    private final JavaType responseType;

    ApiCall(ApiTransport transport, ApiService service, String action, Object request,
            JavaType responseType) {
        this.transport = transport;
        this.service = service;
        this.action = action;
        this.request = request;
        this.responseType = responseType;
    }

    /**
     * Sends the request and waits for the response, retrying as {@link ClientConfig} describes.
     * Never call it on a UI thread.
     *
     * @return the action's response
     * @throws ApiException when the server refuses the call or the reply is unreadable
     * @throws ApiNetworkException when the server could not be reached or did not answer in time
     */
    public T execute() {
        return transport.execute(this, new Cancellation());
    }

    /**
     * Sends the request on a background thread. The future completes, normally or with an
     * {@link ApiException}, by a task run on {@code callbackExecutor}, so stages added to it
     * without an executor of their own run there too. Cancelling the future cancels the
     * exchange in flight and any retry still to come.
     */
    public CompletableFuture<T> executeAsync(Executor callbackExecutor) {
        return transport.executeAsync(this, callbackExecutor);
    }

    /** The service called. */
    public ApiService service() {
        return service;
    }

    /** The action name, sent as {@code x-zc-action}. */
    public String action() {
        return action;
    }

    /** The request object, written as the JSON body; null sends {@code {}}. */
    public Object request() {
        return request;
    }

    JavaType responseType() {
        return responseType;
    }
}
