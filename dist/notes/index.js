import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 6750:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _notes_command_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7670);
/* harmony import */ var _kernel_entry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9456);


await (0,_kernel_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)(_notes_command_js__WEBPACK_IMPORTED_MODULE_0__/* .notesCommand */ .h);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9456:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: createCommandContext, executeCommand, installCrashGuard, readEventPayload, runPost

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/kernel/clock.ts
/**
 * The clock and the cancellation signal a command runs with. Long-running commands (deploy, loadtest)
 * read time and sleep only through {@link Clock}, so their state machines can be driven by a fake clock
 * in unit tests, and stop through the context's AbortSignal rather than their own process listeners.
 */
/** The real clock: Date.now and setTimeout. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((ok) => {
        if (signal?.aborted)
            return ok();
        const done = () => {
            clearTimeout(t);
            signal?.removeEventListener("abort", done);
            ok();
        };
        const t = setTimeout(done, Math.max(0, ms));
        signal?.addEventListener("abort", done, { once: true });
    }),
};
/** The signals the runner sends when a job is cancelled: SIGINT, then SIGTERM; SIGHUP when a terminal closes. */
const CANCEL_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
/**
 * An AbortSignal that aborts (reason: the signal's name, e.g. "SIGINT") when the process receives one
 * of {@link CANCEL_SIGNALS}. The process listeners are installed on first use of `signal` only, so a
 * command that never asks keeps Node's default (exit on SIGINT); `dispose` removes them.
 */
function processCancellation() {
    const controller = new AbortController();
    let installed = false;
    const onSignal = (sig) => {
        if (!controller.signal.aborted)
            controller.abort(sig);
    };
    return {
        get signal() {
            if (!installed) {
                installed = true;
                for (const s of CANCEL_SIGNALS)
                    process.on(s, onSignal);
            }
            return controller.signal;
        },
        dispose() {
            if (installed)
                for (const s of CANCEL_SIGNALS)
                    process.off(s, onSignal);
            installed = false;
        },
    };
}

;// CONCATENATED MODULE: ./src/kernel/context.ts
/**
 * The run context, built from an environment object and the event payload. `@actions/github` reads
 * `process.env` and the event file at import time, which makes it untestable and wrong for the CLI;
 * this module reads nothing by itself: the caller passes `env` and the parsed payload.
 */
/** Builds the run context. `payload` is the parsed GITHUB_EVENT_PATH file, or `{}`. */
function buildContext(env, payload = {}) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    const repository = owner && repo ? { owner, repo } : undefined;
    const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
    const apiUrl = (env.GITHUB_API_URL || defaultApiUrl(serverUrl)).replace(/\/+$/, "");
    const pr = (payload.pull_request ?? undefined);
    const workflowRun = payload.workflow_run;
    const pullNumber = pr?.number ?? workflowRun?.pull_requests?.[0]?.number ?? issuePullNumber(payload);
    const headRepo = pr?.head?.repo?.full_name;
    const baseRepo = pr?.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
    const isFork = pr !== undefined && (pr.head?.repo === null || (headRepo !== undefined && headRepo !== baseRepo));
    const runId = env.GITHUB_RUN_ID || undefined;
    return {
        repository,
        eventName: env.GITHUB_EVENT_NAME || "local",
        payload,
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        refName: env.GITHUB_REF_NAME || undefined,
        baseRef: env.GITHUB_BASE_REF || undefined,
        headRef: env.GITHUB_HEAD_REF || undefined,
        pullNumber,
        isFork,
        runId,
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
        workflow: env.GITHUB_WORKFLOW || undefined,
        job: env.GITHUB_JOB || undefined,
        actor: env.GITHUB_ACTOR || undefined,
        serverUrl,
        apiUrl,
        workspace: env.GITHUB_WORKSPACE || undefined,
        runnerTemp: env.RUNNER_TEMP || undefined,
        isActions: env.GITHUB_ACTIONS === "true",
        runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : undefined,
    };
}
/** github.com's API lives on its own host; GHES serves it under /api/v3. */
function defaultApiUrl(serverUrl) {
    return /^https:\/\/github\.com$/i.test(serverUrl) ? "https://api.github.com" : `${serverUrl}/api/v3`;
}
function issuePullNumber(payload) {
    const issue = payload.issue;
    return issue?.pull_request ? issue.number : undefined;
}
/** Parses `owner/repo` from a git remote URL (https, ssh or scp-like), or undefined. */
function parseRemoteUrl(url) {
    const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?([^/:]+)(?::\d+)?[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url.trim()) ?? undefined;
    if (!m)
        return undefined;
    return { host: m[1], owner: m[2], repo: m[3] };
}

;// CONCATENATED MODULE: ./src/kernel/env-vars.ts
/**
 * Every environment variable Shipline itself reads or sets that is not a GitHub runner variable.
 * One list, so the README and the code cannot drift (codeql-action keeps the same kind of enum).
 */
const EnvVar = {
    /** Multiplies GitHub API retry and pacing waits; tests set 0.01. Default 1. */
    GitHubTimeScale: "SHIPLINE_GITHUB_TIME_SCALE",
    /** Milliseconds before a GitHub API request with no answer is given up. Default 30000. */
    GitHubTimeoutMs: "SHIPLINE_GITHUB_TIMEOUT_MS",
    /** Set for `command` traffic providers and deploy hooks: the stage number (1-based). */
    Stage: "SHIPLINE_STAGE",
    /** Set for `command` traffic providers: the canary weight in percent. */
    Weight: "SHIPLINE_WEIGHT",
    /** Set for `command` traffic providers: the version being rolled out. */
    Version: "SHIPLINE_VERSION",
    /** Set for `command` traffic providers: `apply` or `rollback`. */
    Action: "SHIPLINE_ACTION",
    /** loadtest: milliseconds between progress lines in the log. Default 5000. */
    LoadtestProgressMs: "SHIPLINE_LOADTEST_PROGRESS_MS",
};

// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __nccwpck_require__(2386);
// EXTERNAL MODULE: ./src/kernel/files.ts + 1 modules
var files = __nccwpck_require__(8177);
// EXTERNAL MODULE: ./src/kernel/github/index.ts + 28 modules
var github = __nccwpck_require__(9358);
;// CONCATENATED MODULE: ./src/kernel/inputs.ts
/**
 * Typed input readers. Each parser takes the input's name and its raw string (as it arrives in
 * `INPUT_<NAME>` or a CLI flag) and returns the typed value, or throws an {@link InputError} that names
 * the input, quotes the value received and states the accepted form.
 *
 * The parsers are pure; {@link readInputs} applies a whole spec and collects every problem before it
 * fails, so a user fixes all of them in one go.
 */

const TRUE = new Set(["true", "True", "TRUE", "yes", "on", "1"]);
const FALSE = new Set(["false", "False", "FALSE", "no", "off", "0"]);
function quote(raw) {
    const shown = raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
    return JSON.stringify(shown);
}
function fail(input, problem) {
    throw new errors/* InputError */.dz({ input, problem });
}
/** `true|false` (also yes/no, on/off, 1/0, as YAML 1.1 writes them). */
function parseBoolean(input, raw) {
    const v = raw.trim();
    if (TRUE.has(v))
        return true;
    if (FALSE.has(v))
        return false;
    return fail(input, `must be true or false; got ${quote(raw)}`);
}
/** A whole number within optional bounds. */
function parseInteger(input, raw, bounds = {}) {
    const v = raw.trim();
    if (!/^[+-]?\d+$/.test(v))
        return fail(input, `must be a whole number${describeBounds(bounds, "")}; got ${quote(raw)}`);
    return checkBounds(input, raw, Number(v), bounds, "", "a whole number");
}
/** A decimal number within optional bounds. */
function parseNumber(input, raw, bounds = {}) {
    const v = raw.trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v)) {
        return fail(input, `must be a number${describeBounds(bounds, "")}; got ${quote(raw)}`);
    }
    return checkBounds(input, raw, Number(v), bounds, "");
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/**
 * A duration like `500ms`, `90s`, `5m`, `1h30m` or `2d`, returned in milliseconds. A bare `0` is
 * accepted; any other bare number is rejected because its unit would be a guess.
 */
function parseDuration(input, raw, bounds = {}) {
    const v = raw.trim();
    const accepted = "a duration like 90s, 5m, 1h or 1h30m (units ms, s, m, h, d)";
    if (v === "0")
        return checkBounds(input, raw, 0, bounds, "ms");
    if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(v))
        return fail(input, `must be ${accepted}; got ${quote(raw)}`);
    let total = 0;
    for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
        total += Number(m[1]) * DURATION_UNITS[m[2]];
    }
    return checkBounds(input, raw, Math.round(total), bounds, "ms");
}
/** A percentage like `10%`, `99.9%` or `10`, returned as the number of percent (10 for "10%"). */
function parsePercent(input, raw, bounds = {}) {
    const v = raw.trim();
    const m = /^(\d+(\.\d+)?)\s*%?$/.exec(v);
    if (!m)
        return fail(input, `must be a percentage like 10% or 99.9%; got ${quote(raw)}`);
    return checkBounds(input, raw, Number(m[1]), { min: 0, max: 100, ...bounds }, "%");
}
/** One of a fixed set of values (case-sensitive). */
function parseEnum(input, raw, values) {
    const v = raw.trim();
    if (values.includes(v))
        return v;
    const near = closest(v, values);
    const tip = near ? ` Did you mean "${near}"?` : "";
    return fail(input, `must be one of ${values.join(", ")}; got ${quote(raw)}.${tip}`);
}
/**
 * A list: one item per line, or comma-separated on one line. Blank items and `#` comment lines are
 * dropped; items are trimmed.
 */
function parseList(raw) {
    const lines = raw.includes("\n") ? raw.split(/\r?\n/) : raw.split(",");
    return lines.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}
/**
 * Glob patterns, one per line or comma-separated; a comma inside `{a,b}` or `[...]` belongs to the
 * pattern (`reports/{unit,e2e}/*.xml` is one pattern, which a plain list would cut in two). An
 * unbalanced brace or bracket is refused, since it would silently match nothing.
 */
function parseGlobs(input, raw) {
    const out = [];
    for (const line of raw.split(/\r?\n/)) {
        let depth = 0;
        let start = 0;
        const parts = [];
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (c === "\\")
                i++;
            else if (c === "{" || c === "[")
                depth++;
            else if (c === "}" || c === "]")
                depth--;
            else if (c === "," && depth === 0) {
                parts.push(line.slice(start, i));
                start = i + 1;
            }
            if (depth < 0)
                return fail(input, `has a "${c}" without its opening bracket in ${quote(line.trim())}; fix the pattern`);
        }
        if (depth !== 0)
            return fail(input, `has an unclosed "{" or "[" in ${quote(line.trim())}; close it (e.g. reports/{unit,e2e}/*.xml)`);
        parts.push(line.slice(start));
        for (const p of parts.map((x) => x.trim()))
            if (p !== "" && !p.startsWith("#"))
                out.push(p);
    }
    return out;
}
/** Inline JSON. */
function parseJson(input, raw) {
    try {
        return JSON.parse(raw);
    }
    catch (e) {
        return fail(input, `must be valid JSON (${e.message}); got ${quote(raw)}`);
    }
}
function describeBounds(b, unit) {
    const u = (n) => (unit === "ms" ? formatMs(n) : `${n}${unit}`);
    if (b.min !== undefined && b.max !== undefined)
        return ` from ${u(b.min)} to ${u(b.max)}`;
    if (b.min !== undefined)
        return ` of at least ${u(b.min)}`;
    if (b.max !== undefined)
        return ` of at most ${u(b.max)}`;
    return "";
}
function checkBounds(input, raw, n, b, unit, kind) {
    if ((b.min !== undefined && n < b.min) || (b.max !== undefined && n > b.max)) {
        const what = kind ?? (unit === "ms" ? "a duration" : unit === "%" ? "a percentage" : "a number");
        return fail(input, `must be ${what}${describeBounds(b, unit)}; got ${quote(raw)}`);
    }
    return n;
}
/** Formats milliseconds the way inputs are written: 90000 -> "1m30s", 500 -> "500ms". */
function formatMs(ms) {
    if (ms === 0)
        return "0s";
    if (ms < 1000)
        return `${ms}ms`;
    let rest = Math.round(ms / 1000);
    const parts = [];
    for (const [unit, size] of [
        ["d", 86400],
        ["h", 3600],
        ["m", 60],
        ["s", 1],
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join("");
}
/** Damerau-free Levenshtein distance; small inputs only (names of flags and enum values). */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** The candidate nearest to `value`, when it is close enough to be a plausible typo. */
function closest(value, candidates) {
    let best;
    let bestD = Number.POSITIVE_INFINITY;
    for (const c of candidates) {
        const d = editDistance(value.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
/** Parses one raw value according to its definition. Empty strings must be handled by the caller. */
function parseInput(name, def, raw) {
    const bounds = { ...(def.min === undefined ? {} : { min: def.min }), ...(def.max === undefined ? {} : { max: def.max }) };
    switch (def.kind) {
        case "boolean":
            return parseBoolean(name, raw);
        case "integer":
            return parseInteger(name, raw, bounds);
        case "number":
            return parseNumber(name, raw, bounds);
        case "duration":
            return parseDuration(name, raw, bounds);
        case "percent":
            return parsePercent(name, raw, bounds);
        case "enum":
            return parseEnum(name, raw, def.values ?? []);
        case "list":
            return parseList(raw);
        case "glob":
            return parseGlobs(name, raw);
        case "json":
            return parseJson(name, raw);
        case "string":
        case "secret":
        case "path":
            return raw.trim();
    }
}
/**
 * Reads every input of a spec through `get` (which returns the raw string, '' when unset), applies
 * spec defaults to empty inputs (except `${{ }}` expressions, which only the runner evaluates), and
 * fails once with every problem found.
 */
function readInputs(spec, get) {
    const out = {};
    const problems = [];
    for (const [name, def] of Object.entries(spec)) {
        let raw = get(name, def);
        if (raw.trim() === "" && def.default !== undefined && !def.default.includes("${{"))
            raw = def.default;
        if (raw.trim() === "") {
            if (def.required)
                problems.push({ input: name, problem: `is required: ${def.description}` });
            out[name] = def.kind === "list" || def.kind === "glob" ? [] : undefined;
            continue;
        }
        try {
            out[name] = parseInput(name, def, raw);
        }
        catch (e) {
            if (e instanceof errors/* InputError */.dz)
                problems.push(...e.problems);
            else
                throw e;
        }
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return out;
}

;// CONCATENATED MODULE: ./src/kernel/plain-text.ts
/**
 * The terminal rendering of a summary: the Markdown our renderers write (headings, pipe tables,
 * lists, quotes and alerts, `<details>`, code spans and fences, links, escapes and entities) turned
 * into plain text with aligned columns and no Markdown syntax left. The CLI prints this on stdout;
 * Markdown goes to `--summary-file` and to the runner's step summary.
 *
 * Hand-written rather than a Markdown library because it only needs the subset Shipline itself
 * writes, and the CLI bundle starts faster without a parser. Pure.
 */
/** Display width of text in a monospace terminal: wide emoji and CJK take two cells, joiners none. */
function displayWidth(text) {
    let w = 0;
    for (const ch of text) {
        const cp = ch.codePointAt(0);
        if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200b)
            continue;
        if (/\p{Extended_Pictographic}/u.test(ch) && cp > 0x2000 && !(cp >= 0x2190 && cp <= 0x21ff) && cp !== 0x2013 && cp !== 0x2014)
            w += 2;
        else if ((cp >= 0x1100 && cp <= 0x115f) ||
            (cp >= 0x2e80 && cp <= 0xa4cf) ||
            (cp >= 0xac00 && cp <= 0xd7a3) ||
            (cp >= 0xf900 && cp <= 0xfaff) ||
            (cp >= 0xff00 && cp <= 0xff60))
            w += 2;
        else
            w += 1;
    }
    return w;
}
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name) => {
        if (name.startsWith("#x") || name.startsWith("#X"))
            return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
        if (name.startsWith("#"))
            return String.fromCodePoint(Number(name.slice(1)));
        return ENTITIES[name.toLowerCase()] ?? m;
    });
}
/** Inline Markdown and HTML to text: code spans kept verbatim, markup removed, escapes and entities resolved. */
function inlineToText(text) {
    const out = [];
    // Links first: their label may be a code span (a commit's short SHA).
    let rest = text.replace(/(?<!\\)!?\[((?:\\.|[^\]\\])*)\]\((?:[^()\s]|\([^()]*\))*\)/g, "$1");
    while (rest.length > 0) {
        const open = /(?<!\\)`+/.exec(rest);
        if (!open)
            break;
        const fence = open[0];
        const after = rest.slice(open.index + fence.length);
        const close = new RegExp(`(?<!\`)${fence}(?!\`)`).exec(after);
        if (!close) {
            out.push(prose(rest.slice(0, open.index + fence.length)));
            rest = after;
            continue;
        }
        let content = after.slice(0, close.index);
        if (/^ .* $/.test(content) && content.trim() !== "")
            content = content.slice(1, -1);
        out.push(prose(rest.slice(0, open.index)), content);
        rest = after.slice(close.index + fence.length);
    }
    out.push(prose(rest));
    return out.join("");
}
function prose(text) {
    const plain = text
        .replace(/<br\s*\/?>/gi, " ")
        .replace(/<\/?(?:b|strong|i|em|code|summary|details|sub|sup|kbd|span|p)(?:\s[^>]*)?>/gi, "")
        // Links and images: the text (an image's alt); bare commit links keep only their label.
        .replace(/!?\[((?:\\.|[^\]\\])*)\]\((?:[^()\s]|\([^()]*\))*\)/g, "$1")
        .replace(/(?<!\\)\*\*(?=\S)([\s\S]*?\S)(?<!\\)\*\*/g, "$1")
        .replace(/(^|[\s(])_(?=\S)([^_]*?\S)_(?=$|[\s).,;:!?])/g, "$1$2")
        .replace(/(?<!\\)~~(?=\S)([\s\S]*?\S)~~/g, "$1")
        .replace(/\\([!-/:-@[-`{-~])/g, "$1");
    return decodeEntities(plain);
}
/** Cells of a pipe-table row; `\|` stays in the cell as a pipe. */
function splitRow(line) {
    const body = line
        .trim()
        .replace(/^\|/, "")
        .replace(/(?<!\\)\|$/, "");
    const cells = [];
    let cur = "";
    let inCode = 0;
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch === "\\" && body[i + 1] === "|") {
            cur += "\\|";
            i++;
            continue;
        }
        if (ch === "`")
            inCode = inCode ? 0 : 1;
        if (ch === "|") {
            cells.push(cur);
            cur = "";
            continue;
        }
        cur += ch;
    }
    cells.push(cur);
    return cells.map((c) => inlineToText(c.replace(/\\\|/g, "|").trim()));
}
const pad = (text, width, right) => {
    const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
    return right ? fill + text : text + fill;
};
function renderTable(lines) {
    const header = splitRow(lines[0]);
    const aligns = splitRow(lines[1]).map((c) => /-+:$/.test(c));
    const rows = lines.slice(2).map(splitRow);
    const cols = header.length;
    const widths = Array.from({ length: cols }, (_, i) => Math.max(displayWidth(header[i] ?? ""), ...rows.map((r) => displayWidth(r[i] ?? ""))));
    // A column empty in every row (an icon-only header) would print as a run of spaces: drop it.
    const keep = widths.map((w, i) => w > 0 || rows.some((r) => (r[i] ?? "") !== ""));
    const line = (cells) => cells
        .map((c, i) => (keep[i] ? pad(c, widths[i], aligns[i] === true) : undefined))
        .filter((c) => c !== undefined)
        .join("  ")
        .trimEnd();
    const rule = widths
        .filter((_, i) => keep[i])
        .map((w) => "─".repeat(w))
        .join("  ");
    return [line(header), rule, ...rows.map((r) => line(Array.from({ length: cols }, (_, i) => r[i] ?? "")))];
}
const ALERTS = { NOTE: "Note", TIP: "Tip", IMPORTANT: "Important", WARNING: "Warning", CAUTION: "Caution" };
/**
 * Renders summary Markdown as plain text for a terminal. Mermaid charts are replaced by a line that
 * says where to see them; other code blocks are indented.
 */
function renderPlainText(markdown) {
    const lines = markdown.replace(/\r\n/g, "\n").split("\n");
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const fence = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
        if (fence) {
            const marker = fence[2];
            const lang = fence[3].trim();
            const body = [];
            let j = i + 1;
            while (j < lines.length && !lines[j].trim().startsWith(marker))
                body.push(lines[j++]);
            i = j;
            if (lang === "mermaid") {
                const title = /^\s*title\s+"(.*)"/m.exec(body.join("\n"))?.[1];
                out.push(`[chart${title ? `: ${title}` : ""}; shown in the Markdown summary (--summary-file)]`);
            }
            else
                out.push(...body.map((b) => `    ${b}`));
            continue;
        }
        if (/^\s*\|.*\|\s*$/.test(line) && /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(lines[i + 1] ?? "")) {
            const block = [];
            while (i < lines.length && /^\s*\|/.test(lines[i]))
                block.push(lines[i++]);
            i--;
            out.push(...renderTable(block));
            continue;
        }
        const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
        if (heading) {
            const text = inlineToText(heading[2]);
            const level = heading[1].length;
            out.push(text);
            if (level <= 3)
                out.push((level <= 2 ? "═" : "─").repeat(Math.max(3, displayWidth(text))));
            continue;
        }
        if (/^\s*<\/details>\s*$/.test(line))
            continue;
        const details = /^\s*<details[^>]*>\s*(?:<summary>([\s\S]*?)<\/summary>)?\s*$/.exec(line);
        if (details) {
            if (details[1] !== undefined)
                out.push(`▸ ${inlineToText(details[1].replace(/<br\s*\/?>/gi, " — "))}`);
            continue;
        }
        const quote = /^\s*>\s?(.*)$/.exec(line);
        if (quote) {
            const alert = /^\[!(\w+)\]\s*$/.exec(quote[1]);
            if (alert) {
                out.push(`${ALERTS[alert[1].toUpperCase()] ?? alert[1]}:`);
                continue;
            }
            out.push(`  ${inlineToText(quote[1])}`.trimEnd());
            continue;
        }
        const item = /^(\s*)[-*+]\s+(.*)$/.exec(line);
        if (item) {
            out.push(`${item[1]}• ${inlineToText(item[2])}`);
            continue;
        }
        if (/^\s*<!--.*-->\s*$/.test(line))
            continue;
        out.push(inlineToText(line));
    }
    // Blank lines: at most one in a row, none at the ends.
    return `${out
        .join("\n")
        .replace(/\n{3,}/g, "\n\n")
        .trim()}\n`;
}

// EXTERNAL MODULE: ./src/kernel/markdown.ts
var markdown = __nccwpck_require__(9660);
// EXTERNAL MODULE: ./src/kernel/redact.ts
var redact = __nccwpck_require__(2624);
;// CONCATENATED MODULE: ./src/kernel/runtime.ts






/** GitHub's limit for one step's summary; an oversize summary is dropped whole, so we trim first. */
const SUMMARY_MAX_BYTES = 1024 * 1024;
const SUMMARY_BUDGET = SUMMARY_MAX_BYTES - 16 * 1024;
function stringify(value) {
    if (value === undefined || value === null)
        return "";
    if (typeof value === "string")
        return value;
    if (typeof value === "number" || typeof value === "boolean")
        return String(value);
    return JSON.stringify(value);
}
class BaseRuntime {
    redactor = new redact/* Redactor */.p();
    outputMap = new Map();
    summary = "";
    state = new Map();
    env;
    cwd;
    clock;
    constructor(env, cwd, clock) {
        this.env = env;
        this.cwd = cwd;
        this.clock = clock;
    }
    get outputs() {
        return this.outputMap;
    }
    setOutput(name, value) {
        this.outputMap.set(name, this.redactor.redact(stringify(value)));
    }
    appendSummary(markdown) {
        // Check the piece, not the whole summary: endsWith on the growing concatenation would flatten it
        // on every call (quadratic over thousands of appends).
        const piece = this.redactor.redact(markdown);
        this.summary += piece.endsWith("\n") || piece === "" ? piece : `${piece}\n`;
    }
    /** The summary, trimmed to GitHub's per-step limit with a note of what was cut. */
    summaryText() {
        if ((0,markdown/* byteLength */.dp)(this.summary) <= SUMMARY_BUDGET)
            return this.summary;
        return (0,markdown/* truncateMarkdown */.o4)(this.summary, SUMMARY_BUDGET, "> [!NOTE]\n> The summary was cut here to stay under GitHub's 1 MiB limit per step; the full report is in the step's outputs.\n");
    }
    secret(value) {
        this.redactor.add(value);
    }
    now() {
        return this.clock();
    }
    saveState(name, value) {
        // GITHUB_STATE is a file on the runner like GITHUB_OUTPUT: what a post step reads must be redacted too.
        this.state.set(name, this.redactor.redact(value));
    }
    getState(name) {
        return this.state.get(name) ?? "";
    }
}
/** Runtime inside GitHub Actions, on `@actions/core`. Make one with {@link ActionsRuntime.create}. */
class runtime_ActionsRuntime extends BaseRuntime {
    kind = "action";
    isDebug;
    log;
    core;
    /**
     * Loads `@actions/core` and makes the runtime. The module is imported here, not at the top of this
     * file, because the CLI never uses it: with the HTTP client it brings, it was two thirds of the
     * CLI's bundle and about 30 ms of every CLI start (`shipline --version` 70-80 ms, now 40-50 ms).
     */
    static async create(env, cwd, clock) {
        return new runtime_ActionsRuntime(await __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421)), env, cwd, clock);
    }
    constructor(core, env = { ...process.env }, cwd = env.GITHUB_WORKSPACE || process.cwd(), clock = () => new Date()) {
        super(env, cwd, clock);
        this.core = core;
        this.isDebug = env.RUNNER_DEBUG === "1";
        const r = (s) => this.redactor.redact(s);
        const props = (p) => p ? { title: p.title, file: p.file, startLine: p.startLine, endLine: p.endLine } : undefined;
        this.log = {
            info: (m) => core.info(r(m)),
            warning: (m, p) => core.warning(r(m), props(p)),
            error: (m, p) => core.error(r(m), props(p)),
            notice: (m, p) => core.notice(r(m), props(p)),
            debug: (m) => core.debug(r(m)),
            group: (name, fn) => core.group(r(name), fn),
        };
    }
    input(name) {
        return this.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
    }
    masked = new Set();
    secret(value) {
        // Once per value: a provider registering the token the entry point already masked adds nothing.
        if (value && !this.masked.has(value)) {
            this.masked.add(value);
            this.core.setSecret(value);
        }
        super.secret(value);
    }
    setOutput(name, value) {
        super.setOutput(name, value);
        this.core.setOutput(name, this.outputMap.get(name) ?? "");
    }
    saveState(name, value) {
        super.saveState(name, value);
        this.core.saveState(name, this.state.get(name) ?? "");
    }
    getState(name) {
        return this.env[`STATE_${name}`] ?? super.getState(name);
    }
    /** Writes the summary file. Called once at the end of the step by the entry point. */
    flushSummary() {
        const file = this.env.GITHUB_STEP_SUMMARY;
        const text = this.summaryText();
        if (!file || text.trim() === "")
            return;
        (0,external_node_fs_.appendFileSync)(file, text, "utf8");
    }
    fail(message) {
        this.core.setFailed(this.redactor.redact(message));
    }
}
/** Runtime for the `shipline` CLI: flags in, readable text (or JSON) out. */
class CliRuntime extends BaseRuntime {
    kind = "cli";
    isDebug;
    log;
    options;
    out;
    err;
    failure;
    constructor(options) {
        const env = options.env ?? { ...process.env };
        super(env, options.cwd ?? process.cwd(), options.clock ?? (() => new Date()));
        this.options = options;
        this.isDebug = options.debug ?? env.RUNNER_DEBUG === "1";
        this.out = options.stdout ?? ((t) => process.stdout.write(t));
        this.err = options.stderr ?? ((t) => process.stderr.write(t));
        const color = !options.json && env.NO_COLOR === undefined && process.stderr.isTTY === true;
        const paint = (code, s) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
        const where = (p) => (p?.file ? `${p.file}${p.startLine ? `:${p.startLine}` : ""}: ` : "");
        const line = (s) => this.err(`${this.redactor.redact(s)}\n`);
        let depth = 0;
        const indent = () => "  ".repeat(depth);
        this.log = {
            info: (m) => line(`${indent()}${m}`),
            warning: (m, p) => line(`${indent()}${paint("33", "warning")}: ${where(p)}${m}`),
            error: (m, p) => line(`${indent()}${paint("31", "error")}: ${where(p)}${m}`),
            notice: (m, p) => line(`${indent()}${paint("36", "notice")}: ${where(p)}${m}`),
            debug: (m) => {
                if (this.isDebug)
                    line(`${indent()}debug: ${m}`);
            },
            group: async (name, fn) => {
                line(`${indent()}${paint("1", name)}`);
                depth++;
                try {
                    return await fn();
                }
                finally {
                    depth--;
                }
            },
        };
    }
    input(name) {
        const flag = this.options.flags.get(name);
        if (flag !== undefined)
            return flag;
        for (const v of this.options.envFallbacks?.get(name) ?? []) {
            const value = this.env[v];
            if (value)
                return value;
        }
        return "";
    }
    fail(message) {
        this.failure = this.redactor.redact(message);
        this.err(`error: ${this.failure}\n`);
    }
    /**
     * Prints the summary and outputs at the end of the run. The `--summary-file` directory is created
     * when missing. When the file still cannot be written, the summary goes to stdout instead (the
     * command's work is not lost) and the returned message names the file; undefined on success.
     */
    flush() {
        let summary = this.summaryText();
        let problem;
        if (this.options.summaryFile) {
            try {
                (0,files/* ensureDirectory */.EA)((0,external_node_path_.dirname)(this.options.summaryFile));
                (0,external_node_fs_.writeFileSync)(this.options.summaryFile, summary, "utf8");
                summary = "";
            }
            catch (e) {
                const err = e;
                problem = this.redactor.redact(`Could not write --summary-file "${this.options.summaryFile}" (${err.code ?? err.message}); the summary is printed ${this.options.json ? "to stderr" : "below"} instead. Pass a writable file path.`);
                this.err(`error: ${problem}\n`);
            }
        }
        if (this.options.json) {
            // Written value by value: one output can be tens of MB (version's explain on a long range),
            // and a single pretty-printed string of everything would double that.
            const entries = [...this.outputMap];
            if (entries.length === 0)
                this.out("{}\n");
            for (const [i, [k, v]] of entries.entries())
                this.out(`${i === 0 ? "{\n" : ""}  ${JSON.stringify(k)}: ${JSON.stringify(v)}${i === entries.length - 1 ? "\n}\n" : ",\n"}`);
            if (problem && summary.trim() !== "")
                this.err(renderPlainText(summary));
        }
        else if ((!this.options.summaryFile || problem) && summary.trim() !== "") {
            // People read stdout, on a terminal or in a CI log alike: plain text with aligned columns.
            // Markdown is for renderers, and goes where they read it: --summary-file and the runner.
            this.out(renderPlainText(summary));
        }
        return problem;
    }
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/kernel/version.ts
/** Shipline's own version, from package.json (inlined by the bundler). */

const SHIPLINE_VERSION = package_namespaceObject.rE;
const USER_AGENT = `shipline/${SHIPLINE_VERSION}`;

;// CONCATENATED MODULE: ./src/kernel/entry.ts
/**
 * Entry points shared by the actions and the CLI: read inputs, build the context, run the command,
 * write outputs and the summary, and fail the step exactly once, with one message and its hint. The
 * stack trace is printed only in debug mode (RUNNER_DEBUG=1 or --debug).
 */











/** Runner-provided credentials every action step sees (masked by the runner in its log, not in our files). */
const RUNNER_SECRET_ENV = ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
/** Reads and parses the event payload named by GITHUB_EVENT_PATH; `{}` when there is none. */
function readEventPayload(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, "utf8"));
    }
    catch (e) {
        throw new errors/* ConfigError */.xL(path, `the event payload (GITHUB_EVENT_PATH) could not be read: ${e.message}`);
    }
}
/** Builds the context handed to a command's `run`. */
function createCommandContext(runtime, spec, options = {}) {
    const context = buildContext(runtime.env, readEventPayload(runtime.env));
    let ports;
    const token = () => (spec["github-token"] ? runtime.input("github-token").trim() : "");
    const cancellation = options.cancellation;
    const fixedSignal = options.signal ?? (cancellation ? undefined : new AbortController().signal);
    return {
        runtime,
        context,
        version: SHIPLINE_VERSION,
        clock: options.clock ?? systemClock,
        get signal() {
            return fixedSignal ?? cancellation.signal;
        },
        hasToken: () => token() !== "" && context.repository !== undefined,
        github: () => {
            if (ports)
                return ports;
            const t = token();
            if (!t) {
                throw new errors/* InputError */.dz({
                    input: "github-token",
                    problem: 'is empty, and this step needs the GitHub API: pass "github-token: ${{ github.token }}" (the default) or set GITHUB_TOKEN for the CLI',
                });
            }
            if (!context.repository) {
                throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ConfigInvalid, "The repository is unknown (GITHUB_REPOSITORY is not set).", {
                    exitCode: 2,
                    hint: "Set GITHUB_REPOSITORY=owner/name, or run inside a clone whose origin is on GitHub.",
                });
            }
            ports = (0,github/* createGitHubPorts */.Gb)({
                token: t,
                baseUrl: context.apiUrl,
                owner: context.repository.owner,
                repo: context.repository.repo,
                userAgent: USER_AGENT,
                log: runtime.log,
                redactor: runtime.redactor,
                timeScale: Number(runtime.env[EnvVar.GitHubTimeScale]) || 1,
                timeoutMs: Number(runtime.env[EnvVar.GitHubTimeoutMs]) || undefined,
                isReadOnly: context.isFork,
            });
            return ports;
        },
    };
}
/** Masks every secret input and the runner's own tokens before the step writes anything. */
function registerSecrets(command, runtime) {
    for (const [name, def] of Object.entries(command.spec.inputs)) {
        if (def.kind === "secret")
            runtime.secret(runtime.input(name));
    }
    // The runner's own tokens are in every action's environment; they never belong in what we write.
    for (const name of RUNNER_SECRET_ENV)
        runtime.redactor.add(runtime.env[name]);
}
/**
 * Runs a command in a runtime and returns the exit code: 0 success, 1 policy or operation failure,
 * 2 bad input. Never throws. The step is failed through `runtime.fail` at most once.
 */
async function executeCommand(command, runtime, options = {}) {
    const cancellation = options.signal ? undefined : processCancellation();
    try {
        registerSecrets(command, runtime);
        const inputs = readInputs(command.spec.inputs, (name) => runtime.input(name));
        const workingDirectory = inputs["working-directory"];
        if (typeof workingDirectory === "string") {
            const problem = (0,files/* directoryProblem */.DG)((0,external_node_path_.resolve)(runtime.cwd, workingDirectory));
            // Checked up front: a missing directory otherwise reads as "no test report matched" or
            // "not a git repository", far from its cause.
            if (problem)
                throw new errors/* InputError */.dz({ input: "working-directory", problem: `${problem} ("${(0,external_node_path_.resolve)(runtime.cwd, workingDirectory)}"): pass an existing directory` });
        }
        const ctx = createCommandContext(runtime, command.spec.inputs, { ...options, ...(cancellation ? { cancellation } : {}) });
        const result = await command.run(inputs, ctx);
        for (const name of runtime.outputs.keys()) {
            if (!(name in command.spec.outputs))
                runtime.log.debug(`Output "${name}" is not declared in the ${command.spec.name} spec.`);
        }
        if (result.conclusion === "failure") {
            runtime.fail(result.message ?? `${command.spec.name} failed.`);
            return 1;
        }
        return 0;
    }
    catch (e) {
        const err = (0,errors/* toShiplineError */.Em)(e);
        if (runtime.isDebug || err.code === errors/* ErrorCode */.O4.Internal) {
            const stack = e instanceof Error && e.stack ? e.stack : String(e);
            if (runtime.isDebug)
                runtime.log.debug(stack);
        }
        runtime.fail(err.userMessage);
        return err.exitCode;
    }
    finally {
        cancellation?.dispose();
    }
}
/**
 * Last resort for an error thrown outside the command's promise chain (a stray callback, an
 * unhandled rejection): Node would print a stack trace, unredacted, with whatever the error message
 * holds. Instead: one redacted line through `runtime.fail` (the stack only in debug), exit code 1.
 */
function installCrashGuard(runtime) {
    const onCrash = (e) => {
        if (runtime.isDebug && e instanceof Error && e.stack)
            runtime.log.debug(e.stack);
        runtime.fail((0,errors/* toShiplineError */.Em)(e).userMessage);
        process.exit(1);
    };
    process.on("uncaughtException", onCrash);
    process.on("unhandledRejection", onCrash);
}
/** The whole life of an action's main step. Used by `src/actions/<name>.ts`. */
/** `env` defaults to the process environment; the root action passes its renamed inputs in it. */
async function runAction(command, env = { ...process.env }) {
    const runtime = await runtime_ActionsRuntime.create(env);
    installCrashGuard(runtime);
    const code = await executeCommand(command, runtime);
    try {
        runtime.flushSummary();
    }
    catch (e) {
        runtime.log.warning(`Could not write the job summary: ${e.message}`);
    }
    process.exitCode = code === 0 ? 0 : 1;
}
/** The `post:` step of an action whose spec declares one. */
async function runPost(command) {
    const runtime = await ActionsRuntime.create();
    if (!command.post)
        return;
    installCrashGuard(runtime);
    try {
        registerSecrets(command, runtime);
        await command.post(createCommandContext(runtime, command.spec.inputs));
    }
    catch (e) {
        runtime.fail(toShiplineError(e).userMessage);
        process.exitCode = 1;
    }
    try {
        runtime.flushSummary();
    }
    catch (e) {
        runtime.log.warning(`Could not write the job summary: ${e.message}`);
    }
}


/***/ }),

/***/ 2386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ toShiplineError),
/* harmony export */   J0: () => (/* binding */ ShiplineError),
/* harmony export */   O4: () => (/* binding */ ErrorCode),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports CommandUnavailableError, formatProblems */
/**
 * Errors that reach the user. Every error Shipline raises on purpose is a {@link ShiplineError} with a
 * stable `code` (tests and docs refer to the code, not the sentence), a message that says where and
 * what was wrong, and an optional `hint` that says what to do.
 *
 * Exit codes follow the CLI contract: 1 when a policy failed or an operation failed, 2 when the
 * input or configuration is wrong (the user must change something before a re-run can help).
 */
/** Stable error codes. Documented in README.md under "Troubleshooting"; never renamed once released. */
const ErrorCode = {
    InputInvalid: "input-invalid",
    InputMissing: "input-missing",
    ConfigInvalid: "config-invalid",
    CommandUnavailable: "command-unavailable",
    GitFailed: "git-failed",
    GitPushRejected: "git-push-rejected",
    /** A release tag exists at another commit than the one being released (version and notes alike). */
    TagConflict: "tag-conflict",
    GitHubUnauthorized: "github-unauthorized",
    GitHubForbidden: "github-forbidden",
    GitHubNotFound: "github-not-found",
    GitHubValidation: "github-validation",
    GitHubApi: "github-api",
    ProcessFailed: "process-failed",
    PolicyFailed: "policy-failed",
    Cancelled: "cancelled",
    Internal: "internal",
};
/** Base class of every error Shipline raises on purpose. */
class ShiplineError extends Error {
    code;
    hint;
    exitCode;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.code = code;
        this.hint = options.hint;
        this.exitCode = options.exitCode ?? 1;
    }
    /** The one-line message shown to the user: message, then hint. */
    get userMessage() {
        return this.hint ? `${this.message} ${this.hint}` : this.message;
    }
}
/**
 * An input (or several) is wrong. The message names each input, the value received and the accepted
 * form; at most 10 problems are listed, then "and N more" (validation collects all of them first).
 */
class InputError extends ShiplineError {
    problems;
    constructor(problems, options = {}) {
        const list = Array.isArray(problems) ? problems : [problems];
        const code = list.every((p) => p.problem.startsWith("is required")) ? ErrorCode.InputMissing : ErrorCode.InputInvalid;
        super(code, formatProblems(list.map((p) => `Input "${p.input}" ${p.problem}`)), { exitCode: 2, ...options });
        this.problems = list;
    }
    /** The names of the inputs at fault, in order. */
    get inputs() {
        return this.problems.map((p) => p.input);
    }
}
/** A configuration file is wrong: names the file, and the line and key when known. */
class ConfigError extends ShiplineError {
    file;
    line;
    constructor(file, problems, options = {}) {
        const list = typeof problems === "string" ? [problems] : problems;
        const where = options.line === undefined ? file : `${file}:${options.line}`;
        super(ErrorCode.ConfigInvalid, formatProblems(list.map((p) => `${where}: ${p}`)), { exitCode: 2, ...options });
        this.file = file;
        this.line = options.line;
    }
}
/** A command whose capability has not landed yet. */
class CommandUnavailableError extends ShiplineError {
    constructor(command) {
        super(ErrorCode.CommandUnavailable, `The "${command}" command is not available yet in this version of Shipline.`, {
            exitCode: 2,
            hint: "Pin a release that lists it in its README, or use another command.",
        });
    }
}
/** Joins problems into one message: up to 10, then "and N more". */
function formatProblems(lines, max = 10) {
    if (lines.length === 1)
        return ensurePeriod(lines[0]);
    const shown = lines.slice(0, max).map((l) => `- ${ensurePeriod(l)}`);
    const more = lines.length > max ? [`- and ${lines.length - max} more.`] : [];
    return [`${lines.length} problems:`, ...shown, ...more].join("\n");
}
function ensurePeriod(s) {
    return /[.!?]$/.test(s) ? s : `${s}.`;
}
/** Wraps anything thrown into a ShiplineError; unknown errors become `internal`. */
function toShiplineError(error) {
    if (error instanceof ShiplineError)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    return new ShiplineError(ErrorCode.Internal, `Unexpected error: ${message}`, {
        cause: error,
        hint: "This is a bug in Shipline; re-run with RUNNER_DEBUG=1 (or --debug) for the stack trace and report it.",
    });
}


/***/ }),

/***/ 8177:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  DG: () => (/* binding */ directoryProblem),
  EA: () => (/* binding */ ensureDirectory),
  GE: () => (/* binding */ expandGlobs)
});

// UNUSED EXPORTS: parseDataText, readDataFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __nccwpck_require__(2386);
;// CONCATENATED MODULE: ./src/kernel/files.ts
/**
 * Reading the configuration files users hand us (JSON or YAML), with errors that name the file,
 * the line and what to do.
 */





/**
 * Why `path` cannot be used as a working directory ("does not exist", "is not a directory"), or
 * undefined when it is an existing directory.
 */
function directoryProblem(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory() ? undefined : "is not a directory";
    }
    catch (e) {
        const code = e.code;
        return code === "ENOENT" || code === "ENOTDIR" ? "does not exist" : `cannot be read (${code ?? e.message})`;
    }
}
/**
 * Creates directory `path` and its missing parents, one level at a time. Node's recursive mkdir
 * spins forever under a pseudo file system that answers ENOENT to every mkdir (/proc/x on Linux);
 * this fails there with the error of the first level it cannot create.
 */
function ensureDirectory(path) {
    const missing = [];
    let dir = (0,external_node_path_.resolve)(path);
    while (!(0,external_node_fs_.existsSync)(dir)) {
        missing.unshift(dir);
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    for (const d of missing)
        (0,external_node_fs_.mkdirSync)(d);
}
/**
 * Reads a JSON or YAML file named by an input. A missing file is an InputError naming the input;
 * a syntax error is a ConfigError naming the file and line.
 */
function readDataFile(input, file, cwd) {
    const path = isAbsolute(file) ? file : resolve(cwd, file);
    let text;
    try {
        text = readFileSync(path, "utf8");
    }
    catch (e) {
        const code = e.code;
        const why = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : `cannot be read (${code})`;
        throw new InputError({ input, problem: `names a file that ${why}: "${file}" (relative to ${cwd}). Check the path, or create the file` });
    }
    return parseDataText(file, path, text);
}
/** Parses JSON or YAML text (JSON is YAML; YAML gives line numbers for both). */
function parseDataText(shown, path, text) {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = first?.linePos?.[0]?.line;
        throw new ConfigError(shown, doc.errors.map((e) => (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, "")).slice(0, 10), line === undefined ? { hint: "Fix the syntax and re-run." } : { line, hint: "Fix the syntax and re-run." });
    }
    const lineCounter = text;
    return {
        path,
        shown,
        data: doc.toJS(),
        lineOf(keyPath) {
            const node = doc.getIn(keyPath, true);
            const offset = node?.range?.[0];
            if (offset === undefined)
                return undefined;
            return lineCounter.slice(0, offset).split("\n").length;
        },
    };
}
/**
 * The files matching glob patterns (from a `glob` input) under `cwd`, as sorted, de-duplicated
 * absolute paths. Directories are left out; a pattern that matches nothing adds nothing (the caller
 * decides whether that is an error and names its input).
 */
async function expandGlobs(patterns, cwd) {
    const files = new Set();
    for (const p of patterns)
        for await (const entry of (0,promises_namespaceObject.glob)(p, { cwd, withFileTypes: true }))
            if (!entry.isDirectory())
                files.add((0,external_node_path_.resolve)(entry.parentPath, entry.name));
    return [...files].sort();
}


/***/ }),

/***/ 9358:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Gb: () => (/* binding */ createGitHubPorts),
  x9: () => (/* reexport */ isAlreadyExists),
  w3: () => (/* reexport */ optionalWrite)
});

// UNUSED EXPORTS: GitHubApiError, isUncertain

;// CONCATENATED MODULE: ./src/kernel/github/actions.ts
const READ = { permission: "actions: read" };
const WRITE = { permission: "actions: write" };
class ApiActions {
    gh;
    constructor(gh) {
        this.gh = gh;
    }
    /**
     * Dispatches `workflow` (file name or id) on `ref` with `inputs`. With `returnRunDetails`, asks
     * GitHub for the created run (`return_run_details`) and returns its id; undefined when the server
     * does not give one (older GitHub Enterprise Server answers 204 without it).
     */
    async dispatch(workflow, ref, inputs, options = {}) {
        const res = await this.gh.request("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", { workflow_id: workflow, ref, inputs, ...(options.returnRunDetails ? { return_run_details: true } : {}) }, 
        // A dispatch has no key to find it by: resending one whose answer was lost could run the
        // workflow twice, so an uncertain outcome is reported, never retried.
        { ...WRITE, retry: false });
        const id = res.data?.workflow_run_id;
        return typeof id === "number" ? id : undefined;
    }
    async listWorkflowRuns(workflow, params = {}, limit = 20) {
        return this.gh.paginate("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", { workflow_id: workflow, ...params }, { ...READ, limit });
    }
    async getRun(runId) {
        return this.gh.requestOptional("GET /repos/{owner}/{repo}/actions/runs/{run_id}", { run_id: runId }, READ);
    }
    /** Artifacts named `name` in the repository, newest first. */
    async listArtifacts(name, limit = 50) {
        return this.gh.paginate("GET /repos/{owner}/{repo}/actions/artifacts", { name }, { ...READ, limit });
    }
    async listRunArtifacts(runId) {
        return this.gh.paginate("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", { run_id: runId }, READ);
    }
    /**
     * Downloads an artifact's zip archive from its `archive_download_url` (GitHub answers with a
     * redirect to a short-lived signed URL, which fetch follows).
     */
    async downloadArtifact(artifact) {
        const res = await this.gh.request(`GET ${artifact.archive_download_url}`, {}, READ);
        return Buffer.from(res.data);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /agents/repos/{owner}/{repo}/tasks",
  "GET /agents/tasks",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/dependabot/repository-access",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/settings/billing/budgets",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/agents/secrets",
  "GET /orgs/{org}/agents/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/agents/variables",
  "GET /orgs/{org}/agents/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot-spaces",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/coding-agent/permissions/repositories",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/repository-access",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/projectsV2/{project_number}/views/{view_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/secret-scanning/custom-patterns",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/concurrency_groups",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/concurrency_groups",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/agents/organization-secrets",
  "GET /repos/{owner}/{repo}/agents/organization-variables",
  "GET /repos/{owner}/{repo}/agents/secrets",
  "GET /repos/{owner}/{repo}/agents/variables",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-quality/findings",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/suggestions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/secret-scanning/custom-patterns",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stacks",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/copilot-spaces",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/projectsV2/{project_number}/views/{view_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;

/* v8 ignore next -- @preserve */

// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __nccwpck_require__(3251);
var light_default = /*#__PURE__*/__nccwpck_require__.n(light);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_retry_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new light();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = plugin_retry_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var plugin_throttling_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var dist_bundle_noop = () => Promise.resolve();
function dist_bundle_wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return dist_bundle_wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = plugin_throttling_dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __nccwpck_require__(2386);
// EXTERNAL MODULE: ./src/kernel/redact.ts
var redact = __nccwpck_require__(2624);
;// CONCATENATED MODULE: ./src/kernel/github/client.ts
/**
 * The one GitHub API client. Octokit core with retry (5xx, network errors), throttling (primary and
 * secondary rate limits, honouring `retry-after`) and pagination, an explicit `baseUrl` for GitHub
 * Enterprise Server, and errors mapped to {@link GitHubApiError}s that name the request and the
 * permission the workflow needs. Capabilities use the narrow ports beside this file, not Octokit.
 */







const ShiplineOctokit = Octokit.plugin(retry, throttling, paginateRest);
/**
 * A request whose outcome is unknown: GitHub answered 5xx, or no answer came (a timeout, a reset
 * connection). The write may or may not have been applied.
 */
function isUncertain(e) {
    if (e instanceof GitHubApiError)
        return e.status >= 500;
    return e instanceof GitHubUnansweredError;
}
/** A GitHub API error with the request it came from and what to do about it. */
class GitHubApiError extends errors/* ShiplineError */.J0 {
    status;
    method;
    path;
    /** GitHub's `errors[].code` values on 422, e.g. `already_exists`. */
    validationCodes;
    constructor(status, method, path, detail, permission, repoName, validationCodes = []) {
        const where = `GitHub returned ${status} for ${method} ${path}`;
        let code = errors/* ErrorCode */.O4.GitHubApi;
        let hint;
        const perm = permission ? `"permissions: ${permission}"` : "the permission this step needs";
        if (status === 401) {
            code = errors/* ErrorCode */.O4.GitHubUnauthorized;
            hint = 'The token is invalid or expired: check the "github-token" input (or GITHUB_TOKEN for the CLI).';
        }
        else if (status === 403) {
            code = errors/* ErrorCode */.O4.GitHubForbidden;
            hint = `The token lacks ${perm}: add it to the job's permissions. Pull requests from forks get a read-only token; use a workflow_run workflow for writes there.`;
        }
        else if (status === 404) {
            code = errors/* ErrorCode */.O4.GitHubNotFound;
            hint = `Either it does not exist or the token cannot see ${repoName}: check "github-token" and that the workflow has ${perm}.`;
        }
        else if (status === 422) {
            code = errors/* ErrorCode */.O4.GitHubValidation;
        }
        super(code, `${where}${detail ? `: ${detail}` : ""}.`, { hint });
        this.status = status;
        this.method = method;
        this.path = path;
        this.validationCodes = validationCodes;
    }
}
/** No answer from GitHub (network error, timeout): the request may or may not have been applied. */
class GitHubUnansweredError extends errors/* ShiplineError */.J0 {
}
/** How many times {@link GitHub.createOnce} sends a create whose lookup found nothing. Defaults to 3. */
const CREATE_ATTEMPTS = 3;
/** A GitHub client for one repository. */
class GitHub {
    owner;
    repo;
    baseUrl;
    isReadOnly;
    octokit;
    /** The run's one redactor: every request's parameters and body pass it before they are sent. */
    redactor;
    /** Multiplies waits (see {@link GitHubClientOptions.timeScale}). */
    timeScale;
    constructor(options) {
        this.owner = options.owner;
        this.repo = options.repo;
        this.baseUrl = options.baseUrl.replace(/\/+$/, "");
        this.isReadOnly = options.isReadOnly ?? false;
        this.redactor = options.redactor ?? new redact/* Redactor */.p();
        this.redactor.add(options.token);
        const scale = options.timeScale ?? 1;
        this.timeScale = scale;
        const log = options.log;
        this.octokit = new ShiplineOctokit({
            auth: options.token,
            baseUrl: this.baseUrl,
            userAgent: options.userAgent,
            // Octokit has no timeout of its own: a GitHub that stops answering would hang the job until
            // the runner kills it. An aborted fetch surfaces as a status-500 RequestError, which plugin-retry
            // retries.
            request: { fetch: timeoutFetch(options.timeoutMs ?? 30_000) },
            log: { debug: () => { }, info: () => { }, warn: (m) => log.debug(m), error: (m) => log.debug(m) },
            // 429 is GitHub's rate-limit answer (like a 403 with "secondary rate limit" or
            // x-ratelimit-remaining: 0): plugin-throttling waits for retry-after or the reset time, while
            // plugin-retry would retry it on its own 1 s, 4 s, 9 s schedule and give up early.
            retry: { retries: options.retries ?? 3, retryAfterBaseValue: 1000 * scale, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
            throttle: {
                retryAfterBaseValue: 1000 * scale,
                // GitHub asks integrators to space writes by at least a second; plugin-throttling's default
                // does so. Our own group keeps that pace in production and lets tests scale it down.
                write: new (light_default()).Group({ maxConcurrent: 1, minTime: Math.round(1000 * scale) }),
                onRateLimit: (after, opts, _o, retryCount) => {
                    log.warning(`GitHub rate limit hit for ${opts.method} ${opts.url}; retrying in ${after} s.`);
                    return retryCount < 2;
                },
                onSecondaryRateLimit: (after, opts, _o, retryCount) => {
                    log.warning(`GitHub secondary rate limit hit for ${opts.method} ${opts.url}; retrying in ${after} s.`);
                    return retryCount < 3;
                },
            },
        });
    }
    /** `owner/repo`. */
    get fullName() {
        return `${this.owner}/${this.repo}`;
    }
    /**
     * Sends one request. `route` is `"METHOD /path/{param}"`; `owner` and `repo` are filled in.
     * Errors become {@link GitHubApiError}s naming the request and the permission.
     */
    async request(route, params, meta) {
        const isPost = route.startsWith("POST ");
        const retry = meta.retry ?? !isPost;
        try {
            const res = await this.octokit.request(route, {
                owner: this.owner,
                repo: this.repo,
                ...this.redactParams(params),
                ...(retry ? {} : { request: { retries: 0 } }),
            });
            return { data: res.data, status: res.status, headers: res.headers };
        }
        catch (e) {
            throw this.toError(e, route, params, meta.permission);
        }
    }
    /**
     * Sends a create (POST) that must not happen twice. Octokit does not retry it; when its outcome
     * is uncertain (5xx, timeout) `find` looks the object up by its natural key, and only when it is
     * absent is the create sent again (at most 3 times). A 403 secondary rate limit or a 429 is
     * waited out by the throttling plugin: GitHub applied nothing then.
     */
    async createOnce(route, params, meta, find) {
        let last;
        for (let attempt = 1; attempt <= CREATE_ATTEMPTS; attempt++) {
            try {
                return (await this.request(route, params, { ...meta, retry: false })).data;
            }
            catch (e) {
                if (!isUncertain(e))
                    throw e;
                last = e;
            }
            const found = await find();
            if (found !== undefined)
                return found;
            await new Promise((ok) => setTimeout(ok, attempt * attempt * 1000 * this.timeScale));
        }
        throw last;
    }
    /**
     * Every string in `params` (deeply, objects and arrays) through the redactor. Buffers (asset
     * uploads) pass unchanged: they are the user's own files.
     */
    redactParams(params) {
        const walk = (v) => {
            if (typeof v === "string")
                return this.redactor.redact(v);
            if (v === null || typeof v !== "object" || Buffer.isBuffer(v) || v instanceof ArrayBuffer || ArrayBuffer.isView(v))
                return v;
            if (Array.isArray(v))
                return v.map(walk);
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        };
        return walk(params);
    }
    /** Like {@link request} but returns undefined on 404 (for "does it exist yet?" checks). */
    async requestOptional(route, params, meta) {
        try {
            return (await this.request(route, params, meta)).data;
        }
        catch (e) {
            if (e instanceof GitHubApiError && e.status === 404)
                return undefined;
            throw e;
        }
    }
    /** Fetches every page of a list endpoint (`per_page=100`). `limit` stops early after that many items. */
    async paginate(route, params, meta) {
        const items = [];
        try {
            for await (const page of this.octokit.paginate.iterator(route, { owner: this.owner, repo: this.repo, per_page: 100, ...this.redactParams(params) })) {
                const data = page.data;
                const list = Array.isArray(data) ? data : firstArray(data);
                items.push(...list);
                if (meta.limit !== undefined && items.length >= meta.limit)
                    break;
            }
        }
        catch (e) {
            throw this.toError(e, route, params, meta.permission);
        }
        return meta.limit === undefined ? items : items.slice(0, meta.limit);
    }
    toError(e, route, params, permission) {
        const err = e;
        if (typeof err?.status !== "number" || err.status < 400) {
            if (e instanceof errors/* ShiplineError */.J0)
                return e;
            const msg = this.redactor.redact(String(err?.message ?? e));
            return new GitHubUnansweredError(errors/* ErrorCode */.O4.GitHubApi, `Request to GitHub failed for ${route}: ${msg}.`, {
                hint: "Check the network path to the GitHub API (GITHUB_API_URL) and re-run.",
            });
        }
        const [method = "GET", path = ""] = route.split(" ");
        const filled = path.replace(/\{(\w+)\}/g, (_m, k) => {
            const v = k === "owner" ? this.owner : k === "repo" ? this.repo : params[k];
            return v === undefined ? `{${k}}` : String(v);
        });
        const data = parseBody(err.response?.data);
        const codes = (data.errors ?? []).map((x) => x.code ?? "").filter(Boolean);
        const detailParts = [
            data.message ?? data.title,
            ...(data.errors ?? []).map((x) => x.message ?? [x.field, x.code].filter(Boolean).join(" ")),
            ...(data.validation ?? []).map((v) => `${(v.location ?? []).join(".")}: ${v.message ?? ""}`),
        ].filter(Boolean);
        const detail = this.redactor.redact(detailParts.join("; "));
        return new GitHubApiError(err.status, method, filled, detail, permission, this.fullName, codes);
    }
}
function timeoutFetch(timeoutMs) {
    return (input, init) => {
        const signal = init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
        return fetch(input, { ...init, signal });
    };
}
function parseBody(data) {
    // Octokit hands back an ArrayBuffer for content types it does not know (application/problem+json).
    if (data instanceof ArrayBuffer)
        data = Buffer.from(data).toString("utf8");
    if (typeof data !== "string")
        return data ?? {};
    try {
        return JSON.parse(data);
    }
    catch {
        return { message: data.slice(0, 200) };
    }
}
function firstArray(data) {
    if (data && typeof data === "object") {
        for (const v of Object.values(data))
            if (Array.isArray(v))
                return v;
    }
    return [];
}
/** True for a 422 whose errors say the thing already exists (a race or a re-run). */
function isAlreadyExists(e) {
    return e instanceof GitHubApiError && e.status === 422 && (e.validationCodes.includes("already_exists") || /already exists/i.test(e.message));
}

;// CONCATENATED MODULE: ./src/kernel/github/checks.ts
/** Check runs with annotations (GitHub accepts at most 50 annotations per request). */


const checks_WRITE = { permission: "checks: write" };
const ANNOTATIONS_PER_REQUEST = 50;
/** Rounds of "re-read, attach the rest" after an uncertain annotation batch. */
const ATTACH_ROUNDS = 3;
/**
 * The check run's `external_id`: a hash of everything it shows. A re-run with the same result finds
 * its earlier check run by it (and finishes attaching annotations); a different result is a new run.
 */
function contentKey(conclusion, output, annotations) {
    const h = (0,external_node_crypto_.createHash)("sha256").update(JSON.stringify([conclusion, output, annotations]));
    return `shipline:${h.digest("hex").slice(0, 32)}`;
}
class ApiChecks {
    gh;
    constructor(gh) {
        this.gh = gh;
    }
    async createCompleted(name, headSha, conclusion, output, annotations = []) {
        const key = contentKey(conclusion, output, annotations);
        const find = () => this.find(name, headSha, key);
        let run = await find();
        if (!run) {
            run = await this.gh.createOnce("POST /repos/{owner}/{repo}/check-runs", {
                name,
                head_sha: headSha,
                status: "completed",
                conclusion,
                external_id: key,
                output: { ...output, annotations: annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
            }, checks_WRITE, find);
        }
        return this.attachRest(run, output, annotations);
    }
    /** The check run named `name` on `headSha` with content key `key`, if any. */
    async find(name, headSha, key) {
        const runs = await this.gh.paginate("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { ref: headSha, check_name: name, filter: "all" }, checks_WRITE);
        return runs.find((r) => r.external_id === key);
    }
    /**
     * Attaches the annotations the check run does not have yet, in order. Annotations add up on
     * every update, so an update whose answer was lost is never resent blindly: the run's
     * `annotations_count` says how many arrived.
     */
    async attachRest(run, output, annotations) {
        let current = run;
        for (let round = 0;; round++) {
            try {
                for (let done = current.output.annotations_count; done < annotations.length; done += ANNOTATIONS_PER_REQUEST) {
                    const res = await this.gh.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { check_run_id: current.id, output: { ...output, annotations: annotations.slice(done, done + ANNOTATIONS_PER_REQUEST) } }, { ...checks_WRITE, retry: false });
                    current = res.data;
                }
                return current;
            }
            catch (e) {
                if (!isUncertain(e) || round >= ATTACH_ROUNDS)
                    throw e;
                await new Promise((ok) => setTimeout(ok, (round + 1) * 1000 * this.gh.timeScale));
                current = (await this.gh.request("GET /repos/{owner}/{repo}/check-runs/{check_run_id}", { check_run_id: current.id }, checks_WRITE)).data;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/kernel/github/comments.ts
/** Issue and pull-request comments, including the one sticky comment per marker. */

const comments_WRITE = { permission: "pull-requests: write" };
/** GitHub rejects comment bodies over 65,536 characters. */
const COMMENT_MAX_CHARS = 65_536;
/**
 * The login behind the workflow's GITHUB_TOKEN. An installation token (GITHUB_TOKEN, a GitHub App's
 * token) gets 403 from GET /user, and the comments it writes are authored by this bot.
 */
const ACTIONS_BOT_LOGIN = "github-actions[bot]";
class ApiComments {
    gh;
    /** Lower-cased logins the token writes as (see {@link ownLogins}). */
    logins;
    constructor(gh) {
        this.gh = gh;
    }
    async list(issueNumber) {
        return this.gh.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { issue_number: issueNumber }, comments_WRITE);
    }
    /**
     * Who the token writes as. A user token (a PAT, an OAuth or user-to-server token) may read GET
     * /user, which names it. An installation token may not (GitHub answers 403): GITHUB_TOKEN's
     * comments are then authored by github-actions[bot], which is taken as the identity. A custom
     * GitHub App's token writes as `<app>[bot]`, which no endpoint it may call names: its first
     * comment of the run teaches the login, and until then its older comments are not recognised,
     * so a re-run creates a new comment rather than risk updating someone else's (never a hijack).
     */
    ownLogins() {
        this.logins ??= (async () => {
            try {
                const me = await this.gh.request("GET /user", {}, comments_WRITE);
                return new Set([me.data.login.toLowerCase()]);
            }
            catch (e) {
                if (e instanceof GitHubApiError && [401, 403, 404].includes(e.status))
                    return new Set([ACTIONS_BOT_LOGIN]);
                throw e;
            }
        })();
        return this.logins;
    }
    async learn(comment) {
        if (comment.user?.login)
            (await this.ownLogins()).add(comment.user.login.toLowerCase());
    }
    async update(commentId, body) {
        return (await this.gh.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { comment_id: commentId, body }, comments_WRITE)).data;
    }
    async upsertSticky(issueNumber, marker, body) {
        const text = this.gh.redactor.redact(body.includes(marker) ? body : `${body}\n\n${marker}`);
        const mine = await this.ownLogins();
        const before = await this.list(issueNumber);
        // Another user's comment carrying our marker (quoted, or planted) is never edited.
        const existing = before.find((c) => c.body?.includes(marker) && mine.has(c.user?.login?.toLowerCase() ?? ""));
        if (existing) {
            if (existing.body === text)
                return { action: "unchanged", id: Number(existing.id), url: existing.html_url };
            const c = await this.update(Number(existing.id), text);
            return { action: "updated", id: Number(c.id), url: c.html_url };
        }
        const seen = new Set(before.map((c) => c.id));
        const c = await this.gh.createOnce("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { issue_number: issueNumber, body: text }, comments_WRITE, 
        // A create whose answer was lost: a comment that appeared since the listing with exactly this
        // body and marker is the one it made.
        async () => (await this.list(issueNumber)).find((x) => !seen.has(x.id) && x.body === text));
        await this.learn(c);
        return { action: "created", id: Number(c.id), url: c.html_url };
    }
}

;// CONCATENATED MODULE: ./src/kernel/github/contents.ts
/** Repository contents: a file committed through the API, which GitHub signs (a verified commit). */


const contents_READ = { permission: "contents: read" };
const contents_WRITE = { permission: "contents: write" };
/** Writes tried before giving up when the branch keeps moving under us. */
const UPDATE_ATTEMPTS = 5;
class ApiContents {
    gh;
    constructor(gh) {
        this.gh = gh;
    }
    async read(path, branch) {
        const data = await this.gh.requestOptional("GET /repos/{owner}/{repo}/contents/{path}", { path, ref: branch }, contents_READ);
        if (!data || Array.isArray(data))
            return undefined;
        const file = data;
        if (file.sha === undefined)
            return undefined;
        return { content: Buffer.from(file.content ?? "", "base64").toString("utf8"), sha: file.sha };
    }
    async update(path, branch, transform, message) {
        let last;
        for (let attempt = 1; attempt <= UPDATE_ATTEMPTS; attempt++) {
            const current = await this.read(path, branch);
            // The body is redacted here, before base64 hides the text from the client's redaction.
            const next = this.gh.redactor.redact(transform(current?.content));
            if (current && next === current.content)
                return { action: "unchanged", commitSha: undefined };
            try {
                const res = await this.gh.request("PUT /repos/{owner}/{repo}/contents/{path}", { path, branch, message, content: Buffer.from(next, "utf8").toString("base64"), ...(current ? { sha: current.sha } : {}) }, 
                // A lost answer is settled by re-reading, not by resending the same blob SHA.
                { ...contents_WRITE, retry: false });
                return { action: current ? "updated" : "created", commitSha: res.data.commit.sha };
            }
            catch (e) {
                // 409: the file changed since it was read; 422: it was created meanwhile (no sha sent).
                // Either way, and after a lost answer, read the branch again and rebuild from there.
                const conflict = e instanceof GitHubApiError && (e.status === 409 || e.status === 422);
                if (!conflict && !isUncertain(e))
                    throw e;
                last = e;
            }
            await new Promise((ok) => setTimeout(ok, attempt * 500 * this.gh.timeScale));
        }
        throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitHubApi, `${path} on ${branch} changed during each of ${UPDATE_ATTEMPTS} attempts to commit it through the API; nothing was overwritten (last answer: ${last?.message ?? "none"})`, { hint: `Re-run the step once the pushes to ${branch} settle, or commit ${path} with commit-changelog: git.` });
    }
}

;// CONCATENATED MODULE: ./src/kernel/github/deployments.ts
/** GitHub Deployments and their statuses. */

/**
 * Payload key holding a random id per create: a deployment's natural key (ref, environment,
 * payload) repeats across rollouts of one version, so this id is what finds a create whose answer
 * was lost.
 */
const WRITE_ID_KEY = "shipline_write_id";
const deployments_WRITE = { permission: "deployments: write" };
/** GitHub rejects descriptions over 140 characters. */
const DEPLOYMENT_DESCRIPTION_MAX = 140;
class ApiDeployments {
    gh;
    constructor(gh) {
        this.gh = gh;
    }
    async create(fields) {
        const description = fields.description?.slice(0, DEPLOYMENT_DESCRIPTION_MAX);
        const writeId = (0,external_node_crypto_.randomUUID)();
        const payload = typeof fields.payload === "string" ? fields.payload : { ...(fields.payload ?? {}), [WRITE_ID_KEY]: writeId };
        return this.gh.createOnce("POST /repos/{owner}/{repo}/deployments", { auto_merge: false, required_contexts: [], ...fields, payload, description }, deployments_WRITE, async () => {
            if (typeof payload === "string")
                return undefined;
            const recent = await this.gh.paginate("GET /repos/{owner}/{repo}/deployments", { environment: fields.environment, ref: fields.ref }, { ...deployments_WRITE, limit: 30 });
            return recent.find((d) => typeof d.payload === "object" && d.payload !== null && d.payload[WRITE_ID_KEY] === writeId);
        });
    }
    async get(id) {
        return this.gh.requestOptional("GET /repos/{owner}/{repo}/deployments/{deployment_id}", { deployment_id: id }, deployments_WRITE);
    }
    async list(environment, limit = 30) {
        return this.gh.paginate("GET /repos/{owner}/{repo}/deployments", { environment }, { ...deployments_WRITE, limit });
    }
    async createStatus(id, fields) {
        const description = fields.description?.slice(0, DEPLOYMENT_DESCRIPTION_MAX);
        const sent = description === undefined ? undefined : this.gh.redactor.redact(description);
        return this.gh.createOnce("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", { deployment_id: id, ...fields, description }, deployments_WRITE, 
        // Statuses list newest first: when the newest has this state and description, the lost create
        // made it (or an identical one, which reads the same on the deployment's timeline).
        async () => {
            const [newest] = await this.listStatuses(id);
            return newest && newest.state === fields.state && (sent === undefined || newest.description === sent) ? newest : undefined;
        });
    }
    async listStatuses(id) {
        return this.gh.paginate("GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", { deployment_id: id }, deployments_WRITE);
    }
}

;// CONCATENATED MODULE: ./src/kernel/github/pulls.ts
const pulls_READ = { permission: "pull-requests: read" };
class ApiPulls {
    gh;
    constructor(gh) {
        this.gh = gh;
    }
    async get(pullNumber) {
        return (await this.gh.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { pull_number: pullNumber }, pulls_READ)).data;
    }
    async listCommits(pullNumber) {
        return this.gh.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", { pull_number: pullNumber }, pulls_READ);
    }
    async listFiles(pullNumber) {
        return this.gh.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { pull_number: pullNumber }, pulls_READ);
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./src/kernel/github/releases.ts
/** Releases port over the API: idempotent creates, `make_latest` only for the newest, safe asset replacement. */


const releases_WRITE = { permission: "contents: write" };
/** Suffix of the name a replacement asset is uploaded under before the old one is deleted. */
const PENDING_SUFFIX = ".shipline-pending";
/** `v1.2.3` -> { prefix: "v", version: "1.2.3" }; `pkg-v2.0.0-rc.1` -> { prefix: "pkg-v", ... }. */
function splitTag(tag) {
    const m = /^(.*?)(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag);
    if (!m || !semver_default().valid(m[2]))
        return undefined;
    return { prefix: m[1], version: m[2] };
}
class ApiReleases {
    gh;
    constructor(gh) {
        this.gh = gh;
    }
    async findByTag(tag) {
        const found = await this.gh.requestOptional("GET /repos/{owner}/{repo}/releases/tags/{tag}", { tag }, releases_WRITE);
        if (found)
            return found;
        const all = await this.gh.paginate("GET /repos/{owner}/{repo}/releases", {}, { ...releases_WRITE, limit: 300 });
        return all.find((r) => r.tag_name === tag);
    }
    async get(releaseId) {
        return (await this.gh.request("GET /repos/{owner}/{repo}/releases/{release_id}", { release_id: releaseId }, releases_WRITE)).data;
    }
    async create(fields) {
        const makeLatest = await this.makeLatestFor(fields);
        const { make_latest: _asked, ...rest } = fields;
        const body = { ...rest, ...(makeLatest ? { make_latest: makeLatest } : {}) };
        return this.gh.createOnce("POST /repos/{owner}/{repo}/releases", body, releases_WRITE, () => this.findByTag(fields.tag_name));
    }
    async update(releaseId, fields) {
        // A re-run for an old tag must not make it "Latest": GitHub applies make_latest on every update.
        const { make_latest: _dropped, ...rest } = fields;
        return (await this.gh.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", { release_id: releaseId, ...rest }, releases_WRITE)).data;
    }
    /**
     * What to send as `make_latest` on create. GitHub's default for an omitted value is "true" (the
     * new release becomes Latest whatever its version), so an older version than a published release
     * of the same tag prefix gets "false"; a draft or prerelease sends nothing.
     */
    async makeLatestFor(fields) {
        if (fields.draft || fields.prerelease)
            return fields.make_latest === "false" ? "false" : undefined;
        const wanted = fields.make_latest ?? "true";
        if (wanted !== "true")
            return wanted;
        const mine = splitTag(fields.tag_name);
        if (!mine)
            return wanted;
        const all = await this.gh.paginate("GET /repos/{owner}/{repo}/releases", {}, { ...releases_WRITE, limit: 300 });
        const newer = all.some((r) => {
            if (r.draft || r.prerelease || r.tag_name === fields.tag_name)
                return false;
            const other = splitTag(r.tag_name);
            return other !== undefined && other.prefix === mine.prefix && semver_default().gt(other.version, mine.version);
        });
        return newer ? "false" : "true";
    }
    async listAssets(releaseId) {
        return this.gh.paginate("GET /repos/{owner}/{repo}/releases/{release_id}/assets", { release_id: releaseId }, releases_WRITE);
    }
    async deleteAsset(assetId) {
        try {
            await this.gh.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", { asset_id: assetId }, releases_WRITE);
        }
        catch (e) {
            // Already gone: a retried delete whose first answer was lost.
            if (e instanceof GitHubApiError && e.status === 404)
                return;
            throw e;
        }
    }
    /**
     * Uploads an asset through the release's `upload_url` (uploads.github.com on github.com,
     * `/api/uploads` on GHES). GitHub's contract asks for application/octet-stream.
     */
    async uploadAsset(release, name, data) {
        return this.gh.createOnce(`POST ${release.upload_url}`, { name, data, headers: { "content-type": "application/octet-stream", "content-length": data.length } }, releases_WRITE, async () => (await this.listAssets(release.id)).find((a) => a.name === name && a.size === data.length && a.state === "uploaded"));
    }
    async putAsset(release, name, data) {
        const assets = await this.listAssets(release.id);
        const old = assets.find((a) => a.name === name);
        const pendingName = `${name}${PENDING_SUFFIX}`;
        // Left by a run that failed between the upload and the rename: its old asset is still in place.
        const stale = assets.find((a) => a.name === pendingName);
        if (stale)
            await this.deleteAsset(stale.id);
        if (!old)
            return { asset: await this.uploadAsset(release, name, data), replaced: false };
        // Asset names are unique in a release, so the new file goes up under a temporary name; only
        // once it is there is the old one deleted and the new one renamed.
        const pending = await this.uploadAsset(release, pendingName, data);
        await this.deleteAsset(old.id);
        const renamed = await this.gh.request("PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}", { asset_id: pending.id, name }, releases_WRITE);
        return { asset: renamed.data, replaced: true };
    }
}

;// CONCATENATED MODULE: ./src/kernel/github/refs.ts
/** Git refs, tag, tree and commit objects through the API (tags made this way are verified by GitHub). */

const refs_READ = { permission: "contents: read" };
const refs_WRITE = { permission: "contents: write" };
/**
 * Git objects (trees, commits, tag objects) are unreferenced until a ref points at them: sending a
 * lost create again leaves at most an unreachable object, never a second visible thing.
 */
const HARMLESS_RESEND = { permission: "contents: write", retry: true };
class ApiRefs {
    gh;
    constructor(gh) {
        this.gh = gh;
    }
    /** The object a ref points at (`tags/v1.0.0`, `heads/main`), or undefined when it does not exist. */
    async get(ref) {
        return this.gh.requestOptional("GET /repos/{owner}/{repo}/git/ref/{ref}", { ref }, refs_READ);
    }
    /** The commit a tag ref finally points at, peeling annotated tags. */
    async resolveTag(tag) {
        const ref = await this.get(`tags/${tag}`);
        if (!ref)
            return undefined;
        if (ref.object.type !== "tag")
            return ref.object.sha;
        const obj = await this.gh.request("GET /repos/{owner}/{repo}/git/tags/{tag_sha}", { tag_sha: ref.object.sha }, refs_READ);
        return obj.data.object.sha;
    }
    /** Refs whose name starts with `prefix` (e.g. `tags/v`). */
    async matching(prefix) {
        return this.gh.paginate("GET /repos/{owner}/{repo}/git/matching-refs/{ref}", { ref: prefix }, refs_READ);
    }
    /** Creates `refs/<ref>`; returns "exists" instead of failing when it already exists. */
    async create(ref, sha) {
        try {
            // A lost answer is looked up by the ref's name; found, it is "exists" and the caller compares
            // its target, exactly as for a ref made by a concurrent run.
            return await this.gh.createOnce("POST /repos/{owner}/{repo}/git/refs", { ref: `refs/${ref}`, sha }, refs_WRITE, async () => (await this.get(ref)) ? "exists" : undefined);
        }
        catch (e) {
            if (isAlreadyExists(e))
                return "exists";
            throw e;
        }
    }
    /** Moves `refs/<ref>` to `sha`; with `force` false GitHub refuses (and this throws) unless it is a fast-forward. */
    async update(ref, sha, force) {
        return (await this.gh.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ref, sha, force }, refs_WRITE)).data;
    }
    /**
     * Moves `refs/<ref>` to the commit `sha` only when `sha` descends from the commit the ref points at
     * now: GitHub's fast-forward rule makes this a compare-and-swap. Returns "not-fast-forward" when the
     * ref has moved elsewhere (or points at a non-commit, such as a tag object) and "missing" when it no
     * longer exists, instead of throwing, so a caller can re-read and decide.
     */
    async fastForward(ref, sha) {
        try {
            return await this.update(ref, sha, false);
        }
        catch (e) {
            if (e instanceof GitHubApiError && e.status === 422) {
                if (/not a fast.?forward/i.test(e.message))
                    return "not-fast-forward";
                if (/reference does not exist/i.test(e.message))
                    return "missing";
            }
            throw e;
        }
    }
    /**
     * Creates a tree object. Each entry's `content` becomes a blob; an empty list makes git's empty
     * tree (4b825dc…).
     */
    async createTree(entries) {
        return (await this.gh.request("POST /repos/{owner}/{repo}/git/trees", { tree: entries }, HARMLESS_RESEND)).data;
    }
    /** Creates a commit object (no ref moves); `parents` empty makes a root commit. */
    async createCommit(message, tree, parents) {
        return (await this.gh.request("POST /repos/{owner}/{repo}/git/commits", { message, tree, parents }, HARMLESS_RESEND)).data;
    }
    /** Reads a commit object (its message, tree and parents) by sha. */
    async getCommit(sha) {
        return (await this.gh.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { commit_sha: sha }, refs_READ)).data;
    }
    async delete(ref) {
        await this.gh.request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", { ref }, refs_WRITE);
    }
    /** Reads an annotated tag object (its message, tagger, target) by the tag object's own sha. */
    async getTagObject(tagSha) {
        return (await this.gh.request("GET /repos/{owner}/{repo}/git/tags/{tag_sha}", { tag_sha: tagSha }, { permission: "contents: read" })).data;
    }
    /** Creates an annotated tag object for `sha` (the ref is created separately with {@link create}). */
    async createTagObject(tag, message, sha) {
        return (await this.gh.request("POST /repos/{owner}/{repo}/git/tags", { tag, message, object: sha, type: "commit" }, HARMLESS_RESEND)).data;
    }
}

;// CONCATENATED MODULE: ./src/kernel/github/repository.ts
const repository_READ = { permission: "contents: read" };
class ApiRepository {
    gh;
    constructor(gh) {
        this.gh = gh;
    }
    async defaultBranch() {
        return (await this.gh.request("GET /repos/{owner}/{repo}", {}, repository_READ)).data.default_branch;
    }
    async compare(base, head, page, perPage) {
        return (await this.gh.request("GET /repos/{owner}/{repo}/compare/{basehead}", { basehead: `${base}...${head}`, per_page: perPage, page }, repository_READ)).data;
    }
    async getCommit(ref) {
        return (await this.gh.request("GET /repos/{owner}/{repo}/commits/{ref}", { ref }, repository_READ)).data;
    }
}

;// CONCATENATED MODULE: ./src/kernel/github/degrade.ts

/**
 * Runs an optional write. On 403 (or 404 from a token that cannot see the repository) it logs one
 * warning naming what was skipped and the permission, and returns undefined; other errors propagate.
 */
async function optionalWrite(log, context, what, fn) {
    try {
        return await fn();
    }
    catch (e) {
        if (e instanceof GitHubApiError && (e.status === 403 || (e.status === 404 && context.isFork))) {
            const why = context.isFork
                ? "the pull request comes from a fork, so the workflow token is read-only"
                : `the token was refused (${e.message.replace(/\.$/, "")})`;
            log.warning(`Skipped ${what}: ${why}. The job summary has the full report. ${e.hint ?? ""}`.trim());
            return undefined;
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/kernel/github/index.ts
/** The GitHub ports, one object per run. Commands see these interfaces, never the raw client. */












/** Every port over one API client (retry, throttling, redaction, idempotent creates). */
function createGitHubPorts(options) {
    const client = new GitHub(options);
    return {
        releases: new ApiReleases(client),
        refs: new ApiRefs(client),
        comments: new ApiComments(client),
        contents: new ApiContents(client),
        checks: new ApiChecks(client),
        deployments: new ApiDeployments(client),
        actions: new ApiActions(client),
        pulls: new ApiPulls(client),
        repository: new ApiRepository(client),
    };
}


/***/ }),

/***/ 9660:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   o4: () => (/* binding */ truncateMarkdown)
/* harmony export */ });
/* unused harmony exports code, codeBlock, table, details */
/**
 * Markdown helpers for job summaries, PR comments and release notes. `core.summary` does not escape,
 * and test names, commit subjects and error messages come from untrusted sources (a fork's reports,
 * anyone's commit message), so everything rendered goes through these functions.
 *
 * Pure: no I/O. Capabilities' `core/` modules may import this file.
 */
/**
 * Escapes text for inline markdown in a table cell or a paragraph: markdown punctuation, HTML
 * (`<`, `>`, `&`), pipes and newlines (folded to spaces). `@mentions` are neutralised with a
 * zero-width joiner so rendered notes never ping anyone, and `#123` stays a link on purpose.
 */
function escapeMarkdown(text) {
    return text
        .replace(/\r?\n/g, " ")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/([\\`*_{}[\]()|~])/g, "\\$1")
        .replace(/(^|[^\w])@(\w)/g, "$1@\u200d$2");
}
/**
 * Escapes text for inline markdown with as few backslashes as still render it literally, for text
 * people also read raw (CHANGELOG.md in an editor or on npm, the terminal). Inline code spans in
 * the text (`` `null` ``) stay code; `<tag>`-like words become code spans; `_` inside a word
 * (`export_file`) and a lone `*` or `~` between spaces are left alone, because GitHub renders them
 * as they are. Newlines fold to spaces and `@mentions` are neutralised as in {@link escapeMarkdown}.
 * Pipes are not escaped: {@link table} does that for cells.
 */
function escapeInline(text) {
    // Most text (commit subjects, test names) holds none of the characters below: then nothing but
    // the block-start check can change it, and skipping the dozen regex passes made rendering the
    // notes of the 100k-commit benchmark (37,500 entries) about 150 ms faster.
    if (!INLINE_SPECIAL.test(text))
        return text.replace(BLOCK_START, "$1\\$2");
    const clean = text.replace(/\r?\n/g, " ");
    // Emphasis needs two delimiter runs: a lone `*`, `_` or `~` run renders as itself.
    const prose = clean.replace(/(`+)[^`]*?\1/g, "");
    const pairs = {
        star: (prose.match(/\*+/g) ?? []).length > 1,
        under: (prose.match(/(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g) ?? []).length > 1,
        tilde: (prose.match(/~+/g) ?? []).length > 1,
    };
    const out = [];
    let rest = clean;
    // Code spans as CommonMark finds them: a backtick run closed by the next run of the same length.
    while (rest.length > 0) {
        const open = /`+/.exec(rest);
        if (!open)
            break;
        const fence = open[0];
        const after = rest.slice(open.index + fence.length);
        const close = new RegExp(`(?<!\`)${fence}(?!\`)`).exec(after);
        if (!close) {
            // An unmatched run renders literally: escape it so a later one cannot pair with it.
            out.push(escapeProse(rest.slice(0, open.index), pairs), fence.replace(/`/g, "\\`"));
            rest = after;
            continue;
        }
        out.push(escapeProse(rest.slice(0, open.index), pairs), fence, after.slice(0, close.index), fence);
        rest = after.slice(close.index + fence.length);
    }
    out.push(escapeProse(rest, pairs));
    return out.join("").replace(BLOCK_START, "$1\\$2");
}
/** Every character {@link escapeInline} may rewrite, besides a block start: newlines, code, HTML, entities, emphasis, links, mentions. */
const INLINE_SPECIAL = /[\n`\\<&*_~[@]/;
/** A line start markdown would read as a heading, quote, list item or ordered list item. */
const BLOCK_START = /^(\s*)([#>+-]|\d+[.)])(?=\s|$)/;
function escapeProse(text, pairs) {
    // An HTML tag or autolink would render as markup (or vanish): show it as code.
    const tag = /<\/?[A-Za-z][^<>`\s]*>/g;
    let out = "";
    let from = 0;
    for (const m of text.matchAll(tag)) {
        out += escapePlain(text.slice(from, m.index), pairs) + `\`${m[0]}\``;
        from = m.index + m[0].length;
    }
    return out + escapePlain(text.slice(from), pairs);
}
function escapePlain(text, pairs) {
    return (text
        // A backslash before punctuation would escape it.
        .replace(/\\(?=[!-/:-@[-`{-~])/g, "\\\\")
        .replace(/<(?=[A-Za-z/!?])/g, "\\<")
        // An entity reference would render as its character.
        .replace(/&(?=#?\w+;)/g, "&amp;")
        // Emphasis needs a delimiter next to a non-space; inside a word `_` never opens one.
        .replace(/\*+(?=\S)|(?<=\S)\*+/g, (m) => (pairs.star ? m.replace(/\*/g, "\\*") : m))
        .replace(/(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, (m) => (pairs.under ? m.replace(/_/g, "\\_") : m))
        .replace(/~+(?=\S)|(?<=\S)~+/g, (m) => (pairs.tilde ? m.replace(/~/g, "\\~") : m))
        // Links and images: only a bracket that could start one.
        .replace(/\[(?=[^\]]*\][([:])/g, "\\[")
        .replace(/(^|[^\w])@(\w)/g, "$1@\u200d$2"));
}
/** Escapes text for HTML contexts (inside `<details>`, `<summary>`, `<code>`). */
function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
/** Inline code span that survives backticks in the content. */
function code(text) {
    const clean = text.replace(/\r?\n/g, " ");
    const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longest + 1);
    const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A fenced code block whose fence is longer than any backtick run in the content. */
function codeBlock(text, lang = "") {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\n$/, "")}\n${fence}`;
}
/**
 * A GitHub-flavoured markdown table. Cells are taken as already-rendered markdown (escape untrusted
 * text with {@link escapeMarkdown} first); pipes and newlines in them are still made safe.
 */
function table(headers, rows, align = []) {
    const cell = (c) => String(c)
        .replace(/\r?\n/g, "<br>")
        .replace(/(?<!\\)\|/g, "\\|");
    const sep = headers.map((_, i) => {
        const a = align[i] ?? "left";
        return a === "right" ? "---:" : a === "center" ? ":---:" : "---";
    });
    const lines = [`| ${headers.map(cell).join(" | ")} |`, `| ${sep.join(" | ")} |`];
    for (const r of rows)
        lines.push(`| ${headers.map((_, i) => cell(r[i] ?? "")).join(" | ")} |`);
    return lines.join("\n");
}
/** A collapsible block; `summary` is escaped, `body` is markdown. */
function details(summary, body, open = false) {
    return `<details${open ? " open" : ""}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** Byte length of a string in UTF-8, the unit of GitHub's summary and comment limits. */
function byteLength(text) {
    return Buffer.byteLength(text, "utf8");
}
/**
 * Cuts markdown to at most `maxBytes` UTF-8 bytes at a line boundary and appends `notice` (which is
 * counted in the budget). Returns the text unchanged when it fits.
 */
function truncateMarkdown(text, maxBytes, notice) {
    if (byteLength(text) <= maxBytes)
        return text;
    const budget = maxBytes - byteLength(notice) - 2;
    const lines = text.split("\n");
    const kept = [];
    let used = 0;
    for (const line of lines) {
        const size = byteLength(line) + 1;
        if (used + size > budget)
            break;
        kept.push(line);
        used += size;
    }
    return `${kept.join("\n")}\n\n${notice}`;
}


/***/ }),

/***/ 2624:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ Redactor)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9660);
/**
 * Secret redaction for everything Shipline writes: logs, errors, outputs, summaries and comments.
 *
 * The runner masks registered secrets in its log, but not in files we write (GITHUB_OUTPUT, the step
 * summary, a PR comment) nor in a CLI's terminal. So every write goes through a {@link Redactor}.
 *
 * A secret is masked in every form our own renderers and transports can turn it into, because the
 * redactor often sees text after it was rendered: a test's failure message that printed
 * `GITHUB_TOKEN=ghs_x` reaches the summary as `ghs\_x` (markdown escaping), a comment body reaches the
 * API JSON-escaped, a URL query percent-encoded. The forms are derived with the project's own escape
 * functions, so a change there cannot silently reopen the leak. Base64 is masked at every byte
 * alignment (the secret inside a longer encoded text, e.g. a Basic auth header). Any `user:password@`
 * userinfo in a URL is masked whatever its value (semantic-release leaked an authenticated remote
 * URL in an error message: semantic-release#4283).
 */

const MASK = "***";
/** Shorter values would mask ordinary words; the runner uses the same idea. */
const MIN_SECRET_LENGTH = 4;
/** Unaligned base64 is a middle slice of the encoding; below this it would match ordinary text. */
const MIN_BASE64_SLICE = 8;
/** The escapings of `text` our renderers and transports produce, raw first. */
function escapings(text) {
    const md = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(text);
    const html = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(text);
    const json = (s) => JSON.stringify(s).slice(1, -1);
    return [text, md, html, json(text), json(md), json(html), encodeURIComponent(text), encodeURI(text), new URLSearchParams({ v: text }).toString().slice(2)];
}
/**
 * Base64 of `text` at each of the three byte alignments it can have inside a longer encoded text.
 * For alignment k > 0 the first group (which mixes in the preceding bytes) is dropped; the last group
 * is always dropped when it could mix in the following bytes.
 */
function base64Forms(text) {
    const bytes = Buffer.from(text);
    const out = [bytes.toString("base64"), Buffer.from(`x-access-token:${text}`).toString("base64")];
    for (let k = 0; k < 3; k++) {
        const enc = Buffer.concat([Buffer.alloc(k), bytes]).toString("base64");
        const start = k === 0 ? 0 : 4;
        const end = (k + bytes.length) % 3 === 0 ? enc.length : Math.floor((k + bytes.length) / 3) * 4;
        const slice = enc.slice(start, end);
        if (slice.length >= MIN_BASE64_SLICE)
            out.push(slice);
        // base64url is what JWTs (the OIDC request token) use.
        if (slice.length >= MIN_BASE64_SLICE)
            out.push(slice.replace(/\+/g, "-").replace(/\//g, "_"));
    }
    return out;
}
class Redactor {
    secrets = new Set();
    pattern;
    /** Registers a secret. Values shorter than 4 characters are ignored. */
    add(secret) {
        if (!secret || secret.length < MIN_SECRET_LENGTH)
            return;
        const forms = [...escapings(secret), ...base64Forms(secret)];
        // A multi-line secret (a key file) is also masked line by line: renderers fold or split lines.
        for (const line of secret.split(/\r?\n/))
            if (line !== secret && line.trim().length >= MIN_SECRET_LENGTH)
                forms.push(...escapings(line));
        for (const s of forms)
            if (s.length >= MIN_SECRET_LENGTH)
                this.secrets.add(s);
        // Longest first, so a secret that contains another is masked whole.
        const sorted = [...this.secrets].sort((a, b) => b.length - a.length);
        this.pattern = new RegExp(sorted.map(escapeRegExp).join("|"), "g");
    }
    /** True when at least one secret is registered. */
    get size() {
        return this.secrets.size;
    }
    /** Returns `text` with every registered secret and every URL userinfo replaced by `***`. */
    redact(text) {
        let out = this.pattern ? text.replace(this.pattern, MASK) : text;
        // Cheap guard: most text (commit tables, JSON reports) has no URL with userinfo at all.
        if (!out.includes("@") || !out.includes("://"))
            return out;
        out = out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+)(:[^\s/@]*)?@/gi, (_m, scheme, user, pass) => pass ? `${scheme}${user}:${MASK}@` : `${scheme}${MASK}@`);
        return out;
    }
    /** Redacts every string inside a JSON-like value (objects, arrays), keys included. */
    redactValue(value) {
        if (typeof value === "string")
            return this.redact(value);
        if (Array.isArray(value))
            return value.map((v) => this.redactValue(v));
        if (value && typeof value === "object" && !(value instanceof Uint8Array)) {
            const out = {};
            for (const [k, v] of Object.entries(value))
                out[this.redact(k)] = this.redactValue(v);
            return out;
        }
        return value;
    }
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}


/***/ }),

/***/ 7670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ notesCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(node_modules_semver);
;// CONCATENATED MODULE: ./src/kernel/command.ts
const COMMAND_NAMES = (/* unused pure expression or super */ null && (["gate", "version", "notes", "loadtest", "deploy"]));
/** Binds a spec to its implementation, keeping the input types. */
function defineCommand(spec, run, post) {
    return post ? { spec, run, post } : { spec, run };
}
/** A command whose capability has not landed: fails with exit code 2 and says so. No fake outputs. */
function unavailableCommand(spec, error) {
    return {
        spec,
        run: async () => {
            throw error();
        },
    };
}

// EXTERNAL MODULE: ./src/kernel/errors.ts
var errors = __nccwpck_require__(2386);
;// CONCATENATED MODULE: ./src/kernel/format.ts
/**
 * One way to print each kind of number, shared by every screen (summaries, comments, the terminal):
 * a figure that appears twice must read the same both times. Pure.
 */
/** `1 test`, `2 tests`; `plural` defaults to `singular + "s"`. Counts use thousands separators. */
function count(n, singular, plural = `${singular}s`) {
    return `${formatInteger(n)} ${n === 1 ? singular : plural}`;
}
/** An integer with thousands separators: `12,345`. */
function formatInteger(n) {
    return Math.round(n).toLocaleString("en-US");
}
/**
 * A duration in milliseconds for people: `0.84 ms`, `7.6 ms`, `340 ms`, `3.41 s`, `2 min 5 s`, `1 h 2 min`.
 * At most two decimals below 10 ms and 10 s, one below a minute, whole units elsewhere; trailing zeros dropped.
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return "n/a";
    if (ms < 10)
        return `${Number(ms.toFixed(2))} ms`;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 10)
        return `${Number(s.toFixed(2))} s`;
    if (s < 60)
        return `${Number(s.toFixed(1))} s`;
    const totalS = Math.round(s);
    if (totalS < 3600)
        return `${Math.floor(totalS / 60)} min${totalS % 60 ? ` ${totalS % 60} s` : ""}`;
    const totalMin = Math.round(totalS / 60);
    return `${Math.floor(totalMin / 60)} h${totalMin % 60 ? ` ${totalMin % 60} min` : ""}`;
}
/**
 * A percentage from a value already in percent (`12.5` → `12.5%`): at most two decimals, trailing
 * zeros dropped (`0.1%`, `1.67%`, `79.96%`, `100%`). Never rounded to fewer decimals: 79.96 % must
 * not print as the 80 % it fails.
 */
function formatPercent(percent) {
    if (!Number.isFinite(percent))
        return "n/a";
    return `${Number(percent.toFixed(2))}%`;
}

// EXTERNAL MODULE: ./src/kernel/files.ts + 1 modules
var kernel_files = __nccwpck_require__(8177);
// EXTERNAL MODULE: ./src/kernel/github/index.ts + 28 modules
var github = __nccwpck_require__(9358);
;// CONCATENATED MODULE: ./src/release/core/commits.ts
/**
 * Parsing commit messages into conventional changes. Pure: a message in, changes out.
 *
 * Hand-written rather than conventional-commits-parser: the parser runs once per commit over the
 * whole range, and the target is the whole command within 2x of `git log`. Measured on the 100k
 * generated messages of bench/version (same process, loaded 2-core machine): conventional-commits-
 * parser@7 `CommitParser.parse` 1.9-2.4 s, `parseCommit(..., { light: true })` 0.37-0.52 s. This
 * parser makes one pass over the lines with anchored regexes, skips whole passes with `includes`
 * checks, and allocates only the change objects.
 *
 * One commit can yield several changes, but only where the message says so: a header that is not
 * conventional (a merge train, `Release train (#12)`) is split into the conventional `* feat: ...`
 * bullets of its body, and release-please's BEGIN_COMMIT_OVERRIDE block replaces the message with
 * one or more messages. Under a conventional header the bullets are the PR's own history and the
 * header decides (a `fix:` squash title over `* feat:` bullets is a patch). A BREAKING CHANGE footer
 * counts wherever it stands, under a header that is not conventional too. Every change keeps the
 * commit's SHA.
 *
 * Shared by version and notes (the release domain): both read a range with this one reader.
 */
/** The types the Angular convention allows; anything else is not a conventional commit under it. */
const ANGULAR_TYPES = new Set(["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"]);
const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/;
const FOOTER = /^(BREAKING[ -]CHANGE|[A-Za-z][\w-]*)(?:: | #)(.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE$/;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,40})/i;
/** GitHub's revert title, also squash-merged as a PR (`Revert "x" (#12)`); greedy, so `Revert "Revert "x""` reverts `Revert "x"`. */
const GITHUB_REVERT = /^Revert "(.+)"(?:\s*\(#\d+\))?$/;
const SQUASH_BULLET = /^[*-] +([A-Za-z][\w-]*(?:\([^()\r\n]*\))?!?: +\S.*)$/;
const PR_SUFFIX = /\(#(\d+)\)\s*$/;
const MERGE_PR = /^Merge pull request #(\d+)/;
/** Default merge messages of git, GitHub, GitLab and Bitbucket; anchored, so `feat: merge x` is not one. */
const MERGE_HEADER = /^(?:Merge (?:pull request #\d+\b|branch(?:es)? '|remote-tracking branch '|tags? '|commit '|[0-9a-f]{7,40} into [0-9a-f]{7,40}$)|Merged in \S+ \(pull request #\d+\))/;
const BITBUCKET_PR = /^Merged in \S+ \(pull request #(\d+)\)/;
const SKIP = /\[(skip release|release skip)\]/i;
const FOOTER_WORDS = /BREAKING[ -]CHANGE|release-as/i;
const REFERENCE = /(?:\b(close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s+)?(?:([\w.-]+)\/([\w.-]+))?#(\d+)\b/gi;
/**
 * Parses one commit message into its changes: always at least one (the header, conventional or
 * not), plus, under a header that is neither conventional nor a merge or a revert, one per
 * conventional squash bullet in the body. A BEGIN_COMMIT_OVERRIDE block replaces the message first.
 * Never throws.
 */
function parseCommit(sha, message, options = {}) {
    const preset = options.preset ?? "conventionalcommits";
    // Cheap checks first: most messages have no CR and no override block, and skipping the regex
    // passes over them is a measurable part of parsing 100k commits.
    let text = message.includes("\r") ? message.replace(/\r\n/g, "\n") : message;
    let source = "header";
    const override = text.includes("BEGIN_COMMIT_OVERRIDE") ? readOverride(text) : undefined;
    if (override !== undefined) {
        const changes = [];
        for (const piece of override)
            changes.push(parseOne(sha, piece, preset, "override", options.light === true));
        if (changes.length > 0)
            return changes;
        text = message;
    }
    const light = options.light === true;
    const head = parseOne(sha, text, preset, source, light);
    const out = [head];
    // A conventional header decides: bullets under it are the PR's own commits (its history), which
    // the squash title sums up. Only a header that is not conventional (a merge train such as
    // `Release train (#12)`) is split into its conventional bullets. Footers in the body were read
    // with the header, so a BREAKING CHANGE footer there still counts.
    if (head.merge || head.conventional || head.revert)
        return out;
    const body = light ? bodyOf(text) : head.body;
    if (body.includes("* ") || body.includes("- ")) {
        source = "squash-bullet";
        for (const line of body.split("\n")) {
            if (line.charCodeAt(0) !== 42 && line.charCodeAt(0) !== 45)
                continue;
            const m = SQUASH_BULLET.exec(line);
            if (!m)
                continue;
            const bullet = parseOne(sha, m[1], preset, source, light);
            if (bullet.conventional)
                out.push(bullet);
        }
    }
    return out;
}
/**
 * The lower-cased type of a message that {@link parseCommit} reads as exactly one plain change (a
 * conventional header under `preset`, no `!`, no BREAKING CHANGE footer, no override block, not a
 * revert), or undefined when only parseCommit can tell. Such a change matters to a caller that
 * drops its type only as a target a revert may name (by SHA or header): with no revert pending, the
 * caller can skip parseCommit. On the 100k-commit notes benchmark that skips 62,500 of 100,000
 * parses, about 40 ms and their garbage; a test holds this check to parseCommit over varied histories.
 */
function plainChangeType(message, preset = "conventionalcommits") {
    // Everything that could add a change, make one breaking or a revert, or change the header: an
    // override block, a footer, a CR (parseCommit normalises line ends first).
    if (message.includes("BREAKING") || message.includes("BEGIN_COMMIT_OVERRIDE") || message.includes("\r"))
        return undefined;
    const nl = message.indexOf("\n");
    const m = HEADER.exec((nl === -1 ? message : message.slice(0, nl)).trim());
    if (!m || m[3] === "!")
        return undefined;
    const type = m[1].toLowerCase();
    if (type === "revert" || (preset === "angular" && !ANGULAR_TYPES.has(type)))
        return undefined;
    return type;
}
/** The standard types release-please splits an override on (a blank line, then one of these). */
const OVERRIDE_SPLIT = /\n\n(?=(?:feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(?:\(.*?\))?!?: )/;
const HEADER_LINE = /^[A-Za-z][\w-]*(?:\([^()\r\n]*\))?!?: +\S/;
/**
 * The messages of a `BEGIN_COMMIT_OVERRIDE` ... `END_COMMIT_OVERRIDE` block, read as release-please
 * reads it (src/commit.ts, `splitMessages`): the text between the markers, trimmed; each
 * `BEGIN_NESTED_COMMIT` ... `END_NESTED_COMMIT` block is a message of its own, and the rest splits at a
 * blank line followed by a conventional header. One addition: consecutive header lines at the top of a
 * piece (`feat: a\nfix: b`, the way people list changes) are one message each, where release-please
 * would read the second as the body of the first. Undefined when there is no block; an empty block
 * gives no message (the caller then reads the commit itself).
 */
function readOverride(text) {
    const start = text.indexOf("BEGIN_COMMIT_OVERRIDE");
    const end = text.indexOf("END_COMMIT_OVERRIDE", start);
    if (start === -1 || end === -1)
        return undefined;
    let rest = text.slice(start + "BEGIN_COMMIT_OVERRIDE".length, end).trim();
    const messages = [];
    const nested = rest.split("BEGIN_NESTED_COMMIT");
    rest = nested.shift() ?? "";
    for (const part of nested) {
        const [inner = "", ...after] = part.split("END_NESTED_COMMIT");
        messages.push(inner.trim());
        rest += after.join("END_NESTED_COMMIT");
    }
    const pieces = [];
    for (const piece of rest.trim().split(OVERRIDE_SPLIT)) {
        const lines = piece.trim().split("\n");
        let i = 0;
        while (i + 1 < lines.length && HEADER_LINE.test(lines[i]) && HEADER_LINE.test(lines[i + 1]))
            pieces.push(lines[i++].trim());
        pieces.push(lines.slice(i).join("\n").trim());
    }
    return [...pieces, ...messages].filter((m) => m !== "");
}
/**
 * The header a `revert:` subject names: `revert: "feat: x"` and `revert: Revert "feat: x"` (release
 * tools write both) revert `feat: x`; a stray quote left by a cut title is dropped.
 */
function revertedHeaderOf(subject) {
    const gh = GITHUB_REVERT.exec(subject);
    if (gh)
        return gh[1];
    const quoted = /^"(.*)"$/.exec(subject);
    return quoted ? quoted[1] : subject;
}
function flatten(s) {
    return s.length < 13 ? s : ` ${s}`.slice(1);
}
/** Shared empty list for the many commits without footers or references (frozen: never mutate). */
const NONE = Object.freeze([]);
/** The body after the header line, without leading blank lines or trailing whitespace. */
function trimBody(message, start) {
    let i = start;
    while (message.charCodeAt(i) === 10)
        i++;
    return message.slice(i).trimEnd();
}
function bodyOf(message) {
    const nl = message.indexOf("\n");
    return nl === -1 ? "" : message.slice(nl + 1);
}
function parseOne(sha, message, preset, source, light = false) {
    const nl = message.indexOf("\n");
    // A substring keeps its whole parent alive in V8 (a "sliced string"): copying the header lets the
    // full message be collected once parsed, which is most of the memory on large ranges.
    const header = flatten((nl === -1 ? message : message.slice(0, nl)).trim());
    const body = nl === -1 ? "" : trimBody(message, nl + 1);
    const m = HEADER.exec(header);
    let type;
    let scope;
    let subject = header;
    let bang = false;
    let unparseableReason;
    if (m) {
        type = m[1].toLowerCase();
        scope = m[2] === undefined || m[2] === "" ? undefined : m[2];
        bang = m[3] === "!";
        subject = m[4];
        if (preset === "angular" && !ANGULAR_TYPES.has(type)) {
            unparseableReason = `type "${type}" is not an Angular type`;
            type = undefined;
        }
    }
    else {
        unparseableReason = header === "" ? "empty message" : "header is not type(scope): subject";
    }
    const footers = [];
    const breakingNotes = [];
    let releaseAs;
    // Light parsing keeps only BREAKING CHANGE and Release-As footers: skip the footer pass when
    // neither word occurs.
    if (body !== "" && (body.includes(": ") || body.includes(" #")) && (!light || FOOTER_WORDS.test(body))) {
        // Footers are the trailing paragraph's `Key: value` lines; a BREAKING CHANGE note may span lines.
        const paragraphs = body.split(/\n\s*\n/);
        for (const para of paragraphs) {
            const lines = para.split("\n");
            let current;
            for (const line of lines) {
                const f = FOOTER.exec(line);
                if (f && (current !== undefined || lines[0] === line)) {
                    current = { key: f[1], value: f[2].trim() };
                    footers.push(current);
                }
                else if (current && BREAKING_FOOTER.test(current.key)) {
                    current.value += `\n${line}`;
                }
                else {
                    current = undefined;
                }
            }
        }
        for (const f of footers) {
            if (BREAKING_FOOTER.test(f.key))
                breakingNotes.push(f.value.trim());
            else if (/^release-as$/i.test(f.key))
                releaseAs = f.value.trim();
        }
    }
    // A BREAKING CHANGE footer counts wherever it stands, under a header that is not conventional too
    // (`v9 (#639)` with BREAKING CHANGE footers was a major release).
    const breaking = (type !== undefined && bang) || breakingNotes.length > 0;
    if (type !== undefined && bang && breakingNotes.length === 0)
        breakingNotes.push(subject);
    let revert;
    const gh = GITHUB_REVERT.exec(header);
    if (type === "revert" || gh) {
        const shaMatch = REVERTS_SHA.exec(body);
        revert = { header: gh ? gh[1] : type === "revert" ? revertedHeaderOf(subject) : undefined, sha: shaMatch ? shaMatch[1] : undefined };
    }
    const prSuffix = PR_SUFFIX.exec(header);
    const isMerge = type === undefined && header.startsWith("Merge") && MERGE_HEADER.test(header);
    const merge = MERGE_PR.exec(header) ?? (isMerge ? BITBUCKET_PR.exec(header) : null);
    const references = [];
    if (!light && (header.includes("#") || body.includes("#"))) {
        for (const r of `${header}\n${body}`.matchAll(REFERENCE)) {
            references.push({ action: r[1]?.toLowerCase(), owner: r[2], repo: r[3], number: Number(r[4]) });
        }
    }
    return {
        sha,
        header,
        type,
        scope,
        subject,
        breaking,
        breakingNotes: breakingNotes.length === 0 ? NONE : breakingNotes,
        body: light ? "" : body,
        footers: light ? (breakingNotes.length > 0 ? footers.filter((f) => BREAKING_FOOTER.test(f.key)) : NONE) : footers,
        references: references.length === 0 ? NONE : references,
        pullRequest: prSuffix ? Number(prSuffix[1]) : merge ? Number(merge[1]) : undefined,
        conventional: type !== undefined,
        unparseableReason: isMerge ? "merge commit" : type === undefined && !gh ? unparseableReason : undefined,
        revert,
        skip: (header.includes("[") && SKIP.test(header)) || (body.includes("[") && SKIP.test(body)),
        releaseAs,
        source,
        ...(isMerge ? { merge: true, mergedPr: merge ? Number(merge[1]) : undefined } : {}),
    };
}
/** The revert matcher lives in ./reverts.ts; re-exported for existing callers. */


;// CONCATENATED MODULE: ./src/release/log.ts
/** The `git log` arguments {@link streamLog} runs; exported for the benchmark's floor. */
function logArgs(options) {
    return [
        "log",
        "--no-color",
        ...(options.boundary ? ["--boundary"] : []),
        options.authors ? "--format=%m%H%x00%an%x00%ae%x00%B%x00" : "--format=%m%H%x00%B%x00",
        ...options.revs,
        ...(options.path ? ["--", options.path] : []),
    ];
}
/** Streams the log newest first, calling `onCommit` for every commit (boundary commits included when asked). */
async function streamLog(git, options, onCommit) {
    const fields = options.authors ? 4 : 2;
    let i = 0;
    let marked = "";
    let name = "";
    let email = "";
    await git.stream(logArgs(options), (record) => {
        if (i === 0) {
            // Records after the first start with the newline git prints between commits.
            marked = record.charCodeAt(0) === 10 ? record.slice(1) : record;
            i = 1;
            return;
        }
        if (i < fields - 1) {
            if (i === 1)
                name = record;
            else
                email = record;
            i++;
            return;
        }
        i = 0;
        onCommit({ sha: marked.slice(1), boundary: marked.charCodeAt(0) === 45, authorName: name, authorEmail: email, message: record });
    });
}

;// CONCATENATED MODULE: ./src/release/last-release.ts
/**
 * Finding the last release: the highest semver tag with the prefix that is reachable from HEAD, not
 * the highest in the repository. Part of the release domain: shared by `version` and `notes`.
 */


function pattern(prefix) {
    // for-each-ref treats the pattern as a glob; a prefix with glob characters is filtered in code.
    return /[*?[\]]/.test(prefix) ? "refs/tags/" : `refs/tags/${prefix}*`;
}
/**
 * Lists the version tags with `tagPrefix` (one `for-each-ref`, no history walk) and sorts them,
 * highest first. Cost grows with the tag count only by this one listing.
 */
async function readReleaseTags(git, options) {
    const out = await git.run(["for-each-ref", "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)", pattern(options.tagPrefix)]);
    const prefix = options.tagPrefix;
    const range = options.range === undefined ? undefined : new (semver_default()).Range(options.range, { includePrerelease: true });
    const allVersions = [];
    const invalidTags = [];
    const keyed = [];
    for (const line of out.split("\n")) {
        if (line === "")
            continue;
        const [tag, obj, peeled] = line.split("\0");
        if (!tag.startsWith(prefix))
            continue;
        const rest = tag.slice(prefix.length);
        if (!/^\d/.test(rest))
            continue;
        // Plain X.Y.Z needs no semver object: with 20k tags, building one per tag (twice, to validate
        // and to sort) was most of the time spent on tags.
        const plain = PLAIN.exec(rest);
        let major;
        let minor;
        let patch;
        let stable = true;
        if (plain) {
            major = Number(plain[1]);
            minor = Number(plain[2]);
            patch = Number(plain[3]);
        }
        else {
            const sv = semver_default().parse(rest);
            if (sv === null || sv.version !== rest) {
                invalidTags.push(tag);
                continue;
            }
            ({ major, minor, patch } = sv);
            stable = sv.prerelease.length === 0;
        }
        allVersions.push({ tag, version: rest });
        if (range && !range.test(rest))
            continue;
        keyed.push({ c: { tag, version: rest, commit: peeled || obj, stable }, major, minor, patch });
    }
    keyed.sort((a, b) => b.major - a.major ||
        b.minor - a.minor ||
        b.patch - a.patch ||
        (a.c.stable === b.c.stable ? (a.c.stable ? 0 : semver_default().rcompare(a.c.version, b.c.version)) : a.c.stable ? -1 : 1));
    return { candidates: keyed.map((k) => k.c), allVersions, invalidTags };
}
const PLAIN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
/** Checks done one by one before falling back to git's own `--merged` walk. */
const MAX_ANCESTRY_CHECKS = 40;
async function isAncestor(git, commit, head) {
    return (await git.exec(["merge-base", "--is-ancestor", commit, head], { okCodes: [0, 1] })).exitCode === 0;
}
/**
 * Picks the highest reachable release and the highest reachable stable release from the candidates
 * (highest first), checking `merge-base --is-ancestor` from the top down; `known` answers for
 * commits whose reachability is already known without git (undefined: ask git). After 40
 * unreachable candidates (many releases on other branches) git's one `--merged` walk is cheaper.
 */
async function pickReachable(git, tags, head, known = () => undefined) {
    let lastRelease;
    let lastStable;
    let checks = 0;
    let merged;
    for (const c of tags.candidates) {
        if (lastRelease && (lastStable || !c.stable))
            continue;
        let reachable = known(c);
        if (reachable === undefined) {
            if (merged === undefined && ++checks > MAX_ANCESTRY_CHECKS) {
                const out = await git.run(["for-each-ref", "--format=%(refname:strip=2)", `--merged=${head}`, "refs/tags/"]);
                merged = new Set(out.split("\n"));
            }
            reachable = merged ? merged.has(c.tag) : await isAncestor(git, c.commit, head);
        }
        if (!reachable)
            continue;
        lastRelease ??= c;
        if (c.stable)
            lastStable = c;
        if (lastStable)
            break;
    }
    return { lastRelease, lastStable };
}
function strip(c) {
    return c ? { tag: c.tag, version: c.version } : undefined;
}
/**
 * Reads the tags and finds the last release reachable from `head`.
 *
 * Cost grows with what changed since the last release, not with the tag count: instead of asking
 * git for the reachability of every tag (`for-each-ref --merged` walks history for each of 20k tags),
 * candidates are checked from the highest version down with `merge-base --is-ancestor` until the
 * highest reachable release and the highest reachable stable release are known; usually one or two
 * checks.
 */
async function findLastRelease(git, options) {
    const tags = await readReleaseTags(git, options);
    const picked = await pickReachable(git, tags, options.head ?? "HEAD");
    return { lastRelease: strip(picked.lastRelease), lastStable: strip(picked.lastStable), allVersions: tags.allVersions, invalidTags: tags.invalidTags };
}
/**
 * Finds the last release AND streams the commits since the last stable one, in about the time of
 * the `git log` alone.
 *
 * Checking reachability first (`merge-base --is-ancestor`) walks the same commits the log walks
 * afterwards: on 100k commits that check alone took 0.67 s beside a 1.6 s log. Instead the highest
 * stable tag is assumed reachable and the log runs with `--boundary`: the tag's commit is reachable
 * from HEAD exactly when it shows up as a boundary commit (every commit on a path from HEAD down to
 * it is in the range, so its child on that path is, and it is that child's excluded parent). When
 * the guess is wrong (the highest tag is on another branch) the commits are dropped via `onReset` and
 * the ancestry checks of {@link findLastRelease} take over. With `path`, history simplification
 * rewrites parents, so the boundary proves nothing: that case checks ancestry first.
 */
async function streamSinceLastRelease(git, options) {
    const tags = await readReleaseTags(git, options);
    const head = (await git.revParse("HEAD"));
    const guess = options.path ? undefined : tags.candidates.find((c) => c.stable);
    // Pre-releases above the stable guess are reachable exactly when they are in the streamed range.
    const needRange = tags.candidates.length > 0 && !tags.candidates[0]?.stable;
    const inRange = needRange ? new Set() : undefined;
    let commits = 0;
    const readLog = async (from, boundary) => {
        const boundaries = new Set();
        await streamLog(git, { revs: [from ? `${from}..HEAD` : "HEAD"], boundary, path: options.path }, (c) => {
            if (c.boundary) {
                boundaries.add(c.sha);
                return;
            }
            commits++;
            inRange?.add(c.sha);
            options.onCommit(c.sha, c.message);
        });
        return boundaries;
    };
    if (guess && guess.commit !== head) {
        const boundaries = await readLog(guess.commit, true);
        if (boundaries.has(guess.commit)) {
            const picked = await pickReachable(git, tags, head, (c) => (c === guess || inRange?.has(c.commit) ? true : undefined));
            return { lastRelease: strip(picked.lastRelease), lastStable: strip(guess), allVersions: tags.allVersions, invalidTags: tags.invalidTags, commits };
        }
        options.onReset();
        commits = 0;
        inRange?.clear();
    }
    const picked = await pickReachable(git, tags, head, (c) => (c.commit === head ? true : undefined));
    if (!(picked.lastStable && picked.lastStable.commit === head))
        await readLog(picked.lastStable?.commit, false);
    return {
        lastRelease: strip(picked.lastRelease),
        lastStable: strip(picked.lastStable),
        allVersions: tags.allVersions,
        invalidTags: tags.invalidTags,
        commits,
    };
}

;// CONCATENATED MODULE: ./src/version/core/classify.ts
const ORDER = { none: 0, patch: 1, minor: 2, major: 3 };
/** The larger of two bumps. */
function maxBump(a, b) {
    return ORDER[a] >= ORDER[b] ? a : b;
}
const DEFAULT_TYPES = { feat: "minor", fix: "patch", perf: "patch", revert: "patch" };
function globToRegExp(glob) {
    return new RegExp(`^${glob
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".")}$`);
}
/** Compiles custom rules once (regexes), so classification stays linear in the commits. */
function compileRules(rules) {
    if (rules.length === 0)
        return undefined;
    const compiled = rules.map((r) => ({
        type: r.type?.toLowerCase(),
        scope: r.scope === undefined ? undefined : globToRegExp(r.scope),
        subject: r.subject === undefined ? undefined : new RegExp(r.subject),
        breaking: r.breaking,
        release: r.release,
    }));
    return (c) => {
        for (let i = 0; i < compiled.length; i++) {
            const r = compiled[i];
            if (r.type !== undefined && r.type !== c.type)
                continue;
            if (r.scope !== undefined && !r.scope.test(c.scope ?? ""))
                continue;
            if (r.subject !== undefined && !r.subject.test(c.subject))
                continue;
            if (r.breaking !== undefined && r.breaking !== c.breaking)
                continue;
            return { bump: r.release, index: i };
        }
        return undefined;
    };
}
/**
 * Classifies one change. Breaking changes are major under every preset, including `type!:` under
 * angular (semantic-release's angular preset drops the `!`; we do not).
 */
function classifyChange(c, match) {
    if (c.skip)
        return { change: c, bump: "none", rule: "[skip release] in the message", status: "skipped" };
    // A merge's branch commits are in the range and classified on their own; counting the merge (or
    // the PR title GitHub writes into its body) as well would count the same change twice.
    if (c.merge)
        return { change: c, bump: "none", rule: "merge commit: its branch's commits count on their own", status: "ignored" };
    if (!c.conventional) {
        // A BREAKING CHANGE footer counts under any header (`v9 (#639)` with two footers was a major).
        if (c.breaking)
            return { change: c, bump: "major", rule: "breaking change (BREAKING CHANGE footer under a non-conventional header): major", status: "bump" };
        if (c.revert)
            return { change: c, bump: "patch", rule: `revert of "${c.revert.header ?? c.revert.sha ?? "?"}" (outside the range): patch`, status: "bump" };
        return { change: c, bump: "none", rule: `not a conventional commit: ${c.unparseableReason ?? "unknown"}`, status: "unparseable" };
    }
    const custom = match?.(c);
    if (custom)
        return { change: c, bump: custom.bump, rule: `release rule #${custom.index + 1}: ${custom.bump}`, status: custom.bump === "none" ? "ignored" : "bump" };
    if (c.breaking) {
        const how = c.footers.some((f) => /^BREAKING[ -]CHANGE$/.test(f.key)) ? "BREAKING CHANGE footer" : `"${c.type}!"`;
        return { change: c, bump: "major", rule: `breaking change (${how}): major`, status: "bump" };
    }
    const t = c.type;
    const bump = DEFAULT_TYPES[t];
    if (bump) {
        const rule = c.revert ? `revert of "${c.revert.header ?? c.revert.sha ?? "?"}" (outside the range): patch` : `${t}: ${bump}`;
        return { change: c, bump, rule, status: "bump" };
    }
    return { change: c, bump: "none", rule: `${t} releases nothing`, status: "ignored" };
}
/** Classifies every change and returns the overall bump. */
function classifyAll(changes, options) {
    const match = compileRules(options.rules ?? []);
    let bump = "none";
    const items = [];
    for (const c of changes) {
        const item = classifyChange(c, match);
        items.push(item);
        if (item.status === "bump")
            bump = maxBump(bump, item.bump);
    }
    return { items, bump };
}

;// CONCATENATED MODULE: ./src/version/core/next-version.ts
/**
 * Tags <-> versions and the next version: 0.x rules, pre-release channels with correct counting,
 * promotion of a pre-release line, maintenance branches that stay in their range and take the next
 * free patch, and the manual overrides. Pure.
 */

/**
 * Splits tags into versions with `prefix` and the tags that look like versions but are not valid
 * semver (`v1.2`, `v01.2.3`): those are ignored, and returned so the caller can warn once.
 * Tags with another prefix are not ours and not reported.
 */
function parseTags(tags, prefix) {
    const versions = [];
    const invalid = [];
    for (const tag of tags) {
        if (!tag.startsWith(prefix))
            continue;
        const rest = tag.slice(prefix.length);
        if (!/^\d/.test(rest))
            continue;
        const v = semver.valid(rest);
        // semver.valid accepts "1.2.3" only in strict form; "01.2.3" and "1.2" come back null.
        if (v !== null && v === rest)
            versions.push({ tag, version: v });
        else
            invalid.push(tag);
    }
    return { versions, invalid };
}
/** The highest version, optionally only stable ones or only within a range. */
function highest(versions, filter = {}) {
    let best;
    for (const v of versions) {
        if (filter.stableOnly && semver.prerelease(v.version))
            continue;
        if (filter.range && !semver.satisfies(v.version, filter.range, { includePrerelease: true }))
            continue;
        if (!best || semver.gt(v.version, best.version))
            best = v;
    }
    return best;
}
const DEFAULT_BRANCHES = {
    release: ["main", "master"],
    prerelease: { beta: "beta", alpha: "alpha", next: "next", rc: "rc" },
};
/**
 * The kind of a branch. Maintenance branches are recognised by name (`1.x`, `1.4.x`, `v1.x`);
 * unknown branches are undefined (they preview, but do not release).
 */
function branchKind(branch, config = DEFAULT_BRANCHES) {
    if (branch === undefined)
        return undefined;
    if (config.release.includes(branch))
        return { kind: "release" };
    const channel = config.prerelease[branch];
    if (channel)
        return { kind: "prerelease", channel };
    const m = /^v?(\d+)\.(?:(\d+)\.)?x$/.exec(branch);
    if (m) {
        const major = Number(m[1]);
        if (m[2] === undefined)
            return { kind: "maintenance", range: `>=${major}.0.0 <${major + 1}.0.0`, name: branch };
        const minor = Number(m[2]);
        return { kind: "maintenance", range: `>=${major}.${minor}.0 <${major}.${minor + 1}.0`, name: branch };
    }
    return undefined;
}
function inc(version, bump) {
    return semver_default().inc(version, bump);
}
/** Computes the next version. Pure and total: problems come back in `errors`. */
function computeNextVersion(input) {
    const notes = [];
    const current = input.lastRelease?.version ?? "";
    const used = new Set(input.allVersions.map((v) => v.version));
    const none = (reason) => ({
        version: current,
        releaseType: "none",
        released: false,
        prerelease: current !== "" && semver_default().prerelease(current) !== null,
        reason,
        errors: [],
        notes,
    });
    // An exact version (input or Release-As) wins, once validated.
    if (input.overrideVersion !== undefined) {
        const want = input.overrideVersion.replace(new RegExp(`^${escapeRe(input.tagPrefix)}`), "");
        const errors = [];
        const source = input.overrideSource ?? 'input "version"';
        if (semver_default().valid(want) !== want)
            errors.push(`${source} must be a semantic version like 1.4.0; got "${input.overrideVersion}"`);
        else {
            if (input.lastRelease && !semver_default().gt(want, input.lastRelease.version))
                errors.push(`${source} ${want} is not greater than the last release ${input.lastRelease.version} (${input.lastRelease.tag})`);
            if (used.has(want))
                errors.push(`${source} ${want} is already tagged (${input.tagPrefix}${want}); choose an unused version`);
            if (input.branch.kind === "maintenance" && !semver_default().satisfies(want, input.branch.range))
                errors.push(`${source} ${want} is outside the maintenance branch ${input.branch.name} (${input.branch.range})`);
        }
        if (errors.length > 0)
            return { ...none("invalid override"), errors };
        const pre = semver_default().prerelease(want) !== null;
        return {
            version: want,
            releaseType: pre ? "prerelease" : releaseTypeBetween(current, want),
            released: true,
            prerelease: pre,
            reason: `exact version from ${source}`,
            errors: [],
            notes,
        };
    }
    let bump = input.overrideBump === "auto" || input.overrideBump === "prerelease" ? input.bump : input.overrideBump;
    if (input.overrideBump === "none")
        return none('bump "none" was requested');
    if (input.overrideBump === "prerelease" && bump === "none")
        bump = "patch";
    const channel = input.channel ?? (input.branch.kind === "prerelease" ? input.branch.channel : undefined) ?? (input.overrideBump === "prerelease" ? "rc" : undefined);
    // No release yet: the initial version.
    if (!input.lastStable && !input.lastRelease) {
        if (bump === "none" && input.overrideBump === "auto")
            return none("no release yet and no commit calls for one");
        const base = input.initialVersion;
        if (channel)
            return prereleaseOf(base, channel, used, "first release", notes);
        return {
            version: base,
            releaseType: bump === "none" ? "patch" : bump,
            released: true,
            prerelease: false,
            reason: `first release (initial-version ${base})`,
            errors: [],
            notes,
        };
    }
    const stable = input.lastStable?.version ?? "0.0.0";
    if (semver_default().major(stable) === 0 && bump === "major" && input.zeroMajorBreakingIsMinor && input.overrideBump === "auto") {
        bump = "minor";
        notes.push("0.x: a breaking change bumps the minor; 1.0.0 comes only from an explicit override");
    }
    if (channel) {
        if (bump === "none")
            return none("no commit since the last release calls for one");
        const base = inc(stable, bump);
        // Commits since the last pre-release decide whether a new number is needed at all.
        if (input.bumpSinceLast === "none" && input.lastRelease && semver_default().prerelease(input.lastRelease.version) && input.overrideBump === "auto") {
            return none("no commit since the last pre-release calls for one");
        }
        return prereleaseOf(base, channel, used, `${bump} since ${input.lastStable?.tag ?? "the start"}`, notes);
    }
    if (bump === "none")
        return none("no commit since the last release calls for one");
    let next = inc(stable, bump);
    if (input.branch.kind === "maintenance") {
        const range = input.branch.range;
        if (!semver_default().satisfies(next, range)) {
            const clamped = ["minor", "patch"].find((b) => semver_default().satisfies(inc(stable, b), range));
            if (!clamped)
                return {
                    ...none("outside the maintenance range"),
                    errors: [`the next version ${next} is outside the maintenance branch ${input.branch.name} (${range}); release it from a newer branch`],
                };
            notes.push(`${bump} changes on ${input.branch.name} are released as ${clamped}: the branch only releases within ${range}`);
            bump = clamped;
            next = inc(stable, bump);
        }
        // Another branch may have taken the number already: take the next free patch (semantic-release fails here).
        while (used.has(next) && semver_default().satisfies(inc(next, "patch"), range))
            next = inc(next, "patch");
        if (used.has(next))
            return { ...none("no free version in range"), errors: [`every version in ${range} after ${stable} is taken`] };
    }
    else if (used.has(next)) {
        return {
            ...none("version already tagged"),
            errors: [`${input.tagPrefix}${next} already exists but is not reachable from HEAD; fetch the history (fetch-depth: 0) or merge the branch that has it`],
        };
    }
    const promoted = input.lastRelease && semver_default().prerelease(input.lastRelease.version) ? ` (promotes ${input.lastRelease.version})` : "";
    return {
        version: next,
        releaseType: bump,
        released: true,
        prerelease: false,
        reason: `${bump} since ${input.lastStable?.tag ?? "the start"}${promoted}`,
        errors: [],
        notes,
    };
}
function prereleaseOf(base, channel, used, why, notes) {
    let n = 1;
    for (const v of used) {
        const pre = semver_default().prerelease(v);
        if (!pre || `${semver_default().major(v)}.${semver_default().minor(v)}.${semver_default().patch(v)}` !== base || pre[0] !== channel)
            continue;
        const num = typeof pre[1] === "number" ? pre[1] : 0;
        n = Math.max(n, num + 1);
    }
    const version = `${base}-${channel}.${n}`;
    return { version, releaseType: "prerelease", released: true, prerelease: true, reason: `${why}, ${channel} channel`, errors: [], notes };
}
function releaseTypeBetween(from, to) {
    if (!from)
        return "major";
    const d = semver_default().diff(from, to);
    return d === "major" || d === "premajor" ? "major" : d === "minor" || d === "preminor" ? "minor" : "patch";
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

;// CONCATENATED MODULE: ./src/release/core/reverts.ts
/** Creates a matcher. The newest revert of a commit wins; an older duplicate stays a revert of its own. */
function createRevertMatcher() {
    const bySha = new Map();
    const byAbbrev = new Map();
    const byHeader = new Map();
    const withTentative = [];
    let any = false;
    const takes = (p, sha) => p !== undefined && (p.matched === undefined || (p.matched.by === "sha" && p.matched.sha === sha));
    return {
        match(c) {
            if (!any)
                return undefined;
            let p = bySha.get(c.sha);
            if (!takes(p, c.sha)) {
                p = undefined;
                for (const [len, map] of byAbbrev) {
                    const r = map.get(c.sha.slice(0, len));
                    if (takes(r, c.sha)) {
                        p = r;
                        break;
                    }
                }
            }
            if (p) {
                p.matched ??= { by: "sha", sha: c.sha };
                p.tentative = undefined;
                return { cancelledBy: p.payload };
            }
            const r = byHeader.get(c.header)?.find((x) => x.matched === undefined && x.tentative === undefined);
            if (!r)
                return undefined;
            if (r.sha !== undefined) {
                r.tentative = c;
                withTentative.push(r);
                return { tentative: true };
            }
            r.matched = { by: "header" };
            return { cancelledBy: r.payload };
        },
        add(c, payload) {
            if (!c.revert)
                return;
            any = true;
            const sha = c.revert.sha;
            const pending = { payload, sha, matched: undefined, tentative: undefined };
            if (sha && sha.length >= 40) {
                if (!bySha.has(sha))
                    bySha.set(sha, pending);
            }
            else if (sha) {
                const map = byAbbrev.get(sha.length) ?? new Map();
                if (!map.has(sha))
                    map.set(sha, pending);
                byAbbrev.set(sha.length, map);
            }
            if (c.revert.header !== undefined) {
                const list = byHeader.get(c.revert.header);
                if (list)
                    list.push(pending);
                else
                    byHeader.set(c.revert.header, [pending]);
            }
        },
        hasReverts: () => any,
        finish() {
            return withTentative
                .filter((p) => p.matched === undefined && p.tentative !== undefined)
                .map((p) => ({ revert: p.payload, change: p.tentative }));
        },
    };
}
/**
 * Removes reverted changes and the reverts that cancel them, when both are in the range (the batch
 * form of {@link createRevertMatcher}). Input newest first; the output keeps the order. Returns the
 * kept changes and the cancelled pairs, for the explain table.
 */
function cancelReverts(changes) {
    const matcher = createRevertMatcher();
    const dropped = new Set();
    const index = new Map();
    const cancelled = [];
    changes.forEach((c, i) => {
        const m = matcher.match(c);
        if (m && "cancelledBy" in m) {
            dropped.add(m.cancelledBy);
            dropped.add(i);
            cancelled.push({ change: c, by: changes[m.cancelledBy] });
            return;
        }
        if (m)
            index.set(c, i);
        if (c.revert)
            matcher.add(c, i);
    });
    for (const { revert, change } of matcher.finish()) {
        dropped.add(revert);
        dropped.add(index.get(change));
        cancelled.push({ change, by: changes[revert] });
    }
    return { kept: dropped.size === 0 ? changes.slice() : changes.filter((_, i) => !dropped.has(i)), cancelled };
}

;// CONCATENATED MODULE: ./src/version/core/plan.ts
/**
 * From commits to classified changes and the bump, one change at a time: revert cancelling,
 * classification, counters, and a bounded list of rows for the summary and the `explain` output.
 *
 * Streaming rather than collecting the range first: on 100k commits, keeping every parsed change,
 * its classification and its explain row was most of the ~280 MB peak (bench/version). The planner
 * keeps the counters, the first `maxItems` rows, and only the changes that may still matter later:
 * pending reverts (until the change they revert shows up) and Release-As candidates.
 */


/**
 * Creates a planner. Reverts are matched by the release domain's one matcher
 * (src/release/core/reverts.ts), the one notes uses too, in one pass: a revert is newer than what
 * it reverts, so it is always seen first.
 */
function createChangePlanner(options) {
    const match = compileRules(options.rules ?? []);
    const maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
    const maxUnparseable = options.maxUnparseable ?? 10;
    const rows = [];
    const counts = { bump: 0, ignored: 0, unparseable: 0, skipped: 0, reverted: 0 };
    // Counted per level so a cancelled revert's patch can be taken back; the bump is the highest level left.
    const levels = { major: 0, minor: 0, patch: 0 };
    const unparseable = [];
    const reverts = createRevertMatcher();
    const tentative = new Map();
    const releaseAs = [];
    const cancelled = new Set();
    let total = 0;
    const count = (item, delta) => {
        counts[item.status] += delta;
        if (item.status === "bump" && item.bump !== "none")
            levels[item.bump] += delta;
    };
    const row = (item) => {
        if (rows.length >= maxItems)
            return undefined;
        rows.push(item);
        return rows.length - 1;
    };
    return {
        add(c) {
            total++;
            const m = reverts.match(c);
            const r = m && "cancelledBy" in m ? m.cancelledBy : undefined;
            if (r) {
                if (r.item.status !== "reverted") {
                    count(r.item, -1);
                    r.item = { change: r.change, bump: "none", rule: "reverts a change in the same range: both cancel", status: "reverted" };
                    count(r.item, 1);
                    if (r.row !== undefined)
                        rows[r.row] = r.item;
                    cancelled.add(r.change);
                }
                const item = { change: c, bump: "none", rule: `reverted by ${r.change.sha.slice(0, 7)} in the same range`, status: "reverted" };
                count(item, 1);
                row(item);
                cancelled.add(c);
                return;
            }
            const item = classifyChange(c, match);
            count(item, 1);
            const index = row(item);
            if (item.status === "unparseable" && unparseable.length < maxUnparseable)
                unparseable.push(item);
            if (c.releaseAs !== undefined && !c.skip)
                releaseAs.push(c);
            if (m)
                tentative.set(c, { change: c, item, row: index });
            if (c.revert)
                reverts.add(c, { change: c, item, row: index });
        },
        finish() {
            // A revert naming a SHA that never showed up cancels the change it matched by header.
            for (const pair of reverts.finish()) {
                const target = tentative.get(pair.change);
                if (!target)
                    continue;
                for (const [p, by] of [
                    [pair.revert, "reverts a change in the same range: both cancel"],
                    [target, `reverted by ${pair.revert.change.sha.slice(0, 7)} in the same range`],
                ]) {
                    count(p.item, -1);
                    p.item = { change: p.change, bump: "none", rule: by, status: "reverted" };
                    count(p.item, 1);
                    if (p.row !== undefined)
                        rows[p.row] = p.item;
                    cancelled.add(p.change);
                }
            }
            const bump = levels.major > 0 ? "major" : levels.minor > 0 ? "minor" : levels.patch > 0 ? "patch" : "none";
            const forced = releaseAs.find((c) => !cancelled.has(c));
            return {
                items: rows,
                bump,
                releaseAs: forced ? { version: forced.releaseAs, sha: forced.sha } : undefined,
                total,
                counts: { ...counts },
                unparseable,
            };
        },
    };
}
/** Cancels reverts within the range, classifies the rest, and finds a Release-As footer. */
function planChanges(changes, options) {
    const planner = createChangePlanner(options);
    for (const c of changes)
        planner.add(c);
    return planner.finish();
}

;// CONCATENATED MODULE: ./src/release/next-release.ts






/** Reads the range since the last release (streamed) and computes the next version. */
async function readNextRelease(git, options) {
    const { preset, rewrite } = options;
    const plannerOptions = { preset, rules: options.rules, ...(options.maxItems === undefined ? {} : { maxItems: options.maxItems }) };
    // Changes go to the planner as they are parsed, so memory follows the bounded rows, not the range.
    let planner = createChangePlanner(plannerOptions);
    const onCommit = (sha, message) => {
        const text = rewrite ? rewrite.message(sha, message) : message;
        if (text === undefined)
            return;
        for (const c of parseCommit(sha, text, { preset, light: true }))
            planner.add(c);
    };
    const streamed = await streamSinceLastRelease(git, {
        tagPrefix: options.tagPrefix,
        range: options.branch.kind === "maintenance" ? options.branch.range : undefined,
        path: options.path,
        onCommit,
        onReset: () => {
            planner = createChangePlanner(plannerOptions);
            rewrite?.reset();
        },
    });
    const { commits, ...state } = streamed;
    const plan = planner.finish();
    // Pre-release counting needs the bump since the last release of any kind (e.g. since 2.0.0-beta.1):
    // a second, shorter walk through its own planner, as the first one keeps no per-commit list.
    let bumpSinceLast = plan.bump;
    if (state.lastRelease && state.lastRelease.tag !== state.lastStable?.tag) {
        planner = createChangePlanner({ ...plannerOptions, maxItems: 0 });
        rewrite?.reset();
        await streamLog(git, { revs: [`refs/tags/${state.lastRelease.tag}..HEAD`], path: options.path }, (c) => onCommit(c.sha, c.message));
        bumpSinceLast = planner.finish().bump;
    }
    const floor = options.floor ?? "none";
    const overrideVersion = options.overrideVersion ?? plan.releaseAs?.version;
    const overrideSource = options.overrideVersion
        ? 'Input "version"'
        : plan.releaseAs
            ? `The Release-As footer in ${plan.releaseAs.sha.slice(0, 7)}`
            : undefined;
    const next = computeNextVersion({
        lastRelease: state.lastRelease,
        lastStable: state.lastStable,
        bump: maxBump(plan.bump, floor),
        bumpSinceLast: maxBump(bumpSinceLast, floor),
        allVersions: state.allVersions,
        branch: options.branch,
        initialVersion: options.initialVersion,
        overrideBump: options.overrideBump,
        overrideVersion,
        ...(overrideSource ? { overrideSource } : {}),
        channel: options.channel,
        zeroMajorBreakingIsMinor: options.zeroMajorBreakingIsMinor,
        tagPrefix: options.tagPrefix,
    });
    return { state, plan, next, commits, overrideSource };
}

;// CONCATENATED MODULE: ./src/release/core/version-input.ts
/**
 * Checking version-valued inputs and versions read back from files: a strict semantic version
 * (`1.4.0`, `2.0.0-rc.1`, build metadata allowed), numbers no larger than Number.MAX_SAFE_INTEGER
 * (a larger one cannot be bumped exactly). Pure.
 */

/** The accepted form, for messages. */
const VERSION_FORM = "a semantic version X.Y.Z (e.g. 1.4.0 or 2.0.0-rc.1), each number at most 9007199254740991";
/**
 * Why `value` is not an acceptable version, or undefined when it is. semver itself refuses numbers
 * beyond Number.MAX_SAFE_INTEGER and loose forms (`v1.2`, `01.2.3`, `1.2`), which is what we want:
 * a tag `vbanana` or `v99999999999999999999.0.0` must never be written.
 */
function checkVersion(value) {
    let parsed = null;
    try {
        parsed = semver_default().parse(value);
    }
    catch {
        parsed = null;
    }
    if (parsed === null || parsed.raw !== value)
        return `must be ${VERSION_FORM}; got "${value}"`;
    for (const n of [parsed.major, parsed.minor, parsed.patch])
        if (!Number.isSafeInteger(n))
            return `must be ${VERSION_FORM}; got "${value}", whose numbers are too large`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/release/tags.ts

/** The release tag exists at another commit than the one being released. Exit code 2: a re-run cannot help until the version or the tag changes. */
class TagConflictError extends errors/* ShiplineError */.J0 {
    constructor(tag, at, want, where) {
        super(errors/* ErrorCode */.O4.TagConflict, `Tag "${tag}" already exists ${where} at ${at.slice(0, 7)}, not at ${want.slice(0, 7)}, the commit being released. A release for it would describe other commits than the tag holds.`, {
            exitCode: 2,
            hint: `Another commit was released with this version. Release the next version instead: fetch the tags and re-run so the version is computed from them (notes: pass the version action's outputs, or set "to: ${tag}" to regenerate the tagged commit's notes). If the tag itself is wrong, delete it (git push --delete origin ${tag}) and re-run.`,
        });
    }
}
/** Creates the annotated release tag, idempotently. Returns "exists" when it was already at `sha`. */
async function writeReleaseTag(git, ctx, options) {
    const { tag, sha, message } = options;
    if (options.method === "api" && ctx.hasToken()) {
        const refs = ctx.github().refs;
        const existing = options.checked ? undefined : await refs.resolveTag(tag);
        if (existing) {
            if (existing !== sha)
                throw new TagConflictError(tag, existing, sha, "on GitHub");
            return "exists";
        }
        const obj = await refs.createTagObject(tag, message, sha);
        const created = await refs.create(`tags/${tag}`, obj.sha);
        if (created === "exists") {
            // Lost a race with a concurrent run: fine if it tagged the same commit.
            const winner = await refs.resolveTag(tag);
            if (winner !== sha)
                throw new TagConflictError(tag, winner ?? "?", sha, "on GitHub (made by a concurrent run)");
            ctx.runtime.log.info(`Tag ${tag} was created by a concurrent run; reusing it.`);
            return "exists";
        }
        return "created";
    }
    if (options.method === "api")
        ctx.runtime.log.notice("No GitHub token: creating the tag with git push instead of the API.");
    const local = await git.exec(["rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`], { okCodes: [0, 1] });
    if (local.exitCode === 0 && local.stdout.trim() !== sha)
        throw new TagConflictError(tag, local.stdout.trim(), sha, "in this repository");
    if (local.exitCode !== 0)
        await git.run([
            "-c",
            "user.name=github-actions[bot]",
            "-c",
            "user.email=41898282+github-actions[bot]@users.noreply.github.com",
            "tag",
            "-a",
            tag,
            "-m",
            message,
            sha,
        ]);
    const remote = (await git.run(["remote"])).split("\n")[0]?.trim();
    if (!remote)
        return local.exitCode === 0 ? "exists" : "created";
    const push = await git.exec(["push", "--porcelain", remote, `refs/tags/${tag}`], { okCodes: [0, 1] });
    if (push.exitCode === 0)
        return /\[up to date\]/.test(push.stdout) ? "exists" : "created";
    const remoteSha = (await git.run(["ls-remote", remote, `refs/tags/${tag}^{}`, `refs/tags/${tag}`])).split("\n")[0]?.split("\t")[0];
    if (remoteSha === sha)
        return "exists";
    if (remoteSha) {
        // The remote's annotated tag object differs from ours; compare the commits it points at.
        await git.exec(["fetch", "--quiet", remote, `+refs/tags/${tag}:refs/tags/${tag}`], { okCodes: [0, 1, 128] });
        const peeled = await git.revParse(`refs/tags/${tag}`);
        if (peeled === sha)
            return "exists";
        throw new TagConflictError(tag, peeled ?? remoteSha, sha, `on ${remote}`);
    }
    throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitPushRejected, `git push ${remote} refs/tags/${tag} failed: ${push.stderr.trim().split("\n").slice(-2).join(" ")}`, {
        hint: 'Give the job "permissions: contents: write", or use tag-method: api with a token that can write.',
    });
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/kernel/exec.ts
/**
 * Running programs. Always `spawn(program, argv)` with `shell: false`: no input ever reaches a shell
 * (release-please needed "fix: use execFile" and "fix: second order command injection").
 * The one exception is the documented `command:` inputs of gate and deploy, which are scripts the
 * workflow author wrote, run through {@link runScript} with `bash -e -o pipefail -c` exactly as a
 * `run:` step would.
 */


/**
 * Variables a child never receives: the step's inputs (`INPUT_GITHUB-TOKEN` holds the token) and the
 * runner's own credentials. A `run:` step does not get them either; a workflow that wants a token in
 * its command passes it through `env:`.
 */
const SCRUBBED_ENV = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_.*)$/i;
/**
 * The environment a child process gets: `env` without the step's inputs and the runner's tokens
 * ({@link SCRUBBED_ENV}) and without unset values. Every spawn in Shipline goes through this.
 */
function childEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined && !SCRUBBED_ENV.test(k))
            out[k] = v;
    return out;
}
const LINE_MAX = (/* unused pure expression or super */ null && (64 * 1024));
const LINE_KEEP = (/* unused pure expression or super */ null && (4 * 1024));
/**
 * Splits a child's output stream into whole lines for `onLine`. Log a child's output through this,
 * not chunk by chunk: a secret cut in two by a chunk boundary would escape redaction.
 * Call `end()` when the stream closes to emit the last unterminated line. A line longer than 64 KiB
 * is handed over in pieces, each keeping back the last 4 KiB (longer than any secret) for the next.
 */
function lineSplitter(onLine) {
    let pending = "";
    const decoder = new TextDecoder("utf-8");
    return {
        push(chunk) {
            pending += decoder.decode(chunk, { stream: true });
            const lines = pending.split("\n");
            pending = lines.pop() ?? "";
            for (const line of lines)
                onLine(line.replace(/\r$/, ""));
            if (pending.length > LINE_MAX) {
                onLine(pending.slice(0, -LINE_KEEP));
                pending = pending.slice(-LINE_KEEP);
            }
        },
        end() {
            pending += decoder.decode();
            if (pending !== "")
                onLine(pending.replace(/\r$/, ""));
            pending = "";
        },
    };
}
const STDERR_KEEP = 64 * 1024;
/** Error for a program that failed; names the program, its arguments and the end of its stderr. */
class ProcessError extends errors/* ShiplineError */.J0 {
    exitCode2;
    stderr;
    constructor(program, args, result, redactor, code = errors/* ErrorCode */.O4.ProcessFailed, hint) {
        const r = (s) => (redactor ? redactor.redact(s) : s);
        const tail = result.stderr.trim().split("\n").slice(-5).join("\n");
        const cmd = [program, ...args].map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(" ");
        super(code, r(`${truncate(cmd, 200)} failed (exit ${result.exitCode})${tail ? `: ${JSON.stringify(tail)}` : ""}`), { hint });
        this.exitCode2 = result.exitCode;
        this.stderr = r(result.stderr);
    }
}
function truncate(s, n) {
    return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}
/**
 * Runs `program` with `args` (no shell) and resolves with its output. Rejects with a
 * {@link ProcessError} when the exit code is not in `okCodes`, and with a ShiplineError when the
 * program cannot be started.
 */
function runProcess(program, args, options = {}) {
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(program, args, {
            cwd: options.cwd,
            env: childEnv(options.env ?? process.env),
            shell: false,
            stdio: ["pipe", "pipe", "pipe"],
            signal: options.signal,
        });
        const out = [];
        let err = "";
        let killTimer;
        let timer;
        let timedOut = false;
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => {
                timedOut = true;
                child.kill("SIGTERM");
                killTimer = setTimeout(() => child.kill("SIGKILL"), 2000);
            }, options.timeoutMs);
        }
        child.stdout.on("data", (c) => (options.onStdout ? options.onStdout(c) : out.push(c)));
        child.stderr.on("data", (c) => {
            options.onStderr?.(c);
            err += c.toString("utf8");
            if (err.length > STDERR_KEEP * 2)
                err = err.slice(-STDERR_KEEP);
        });
        child.stdin.on("error", () => {
            /* the child may exit before reading its stdin; its exit code tells the story */
        });
        child.on("error", (e) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            if (e.name === "AbortError") {
                reject(new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.Cancelled, `${program} was cancelled.`));
                return;
            }
            const hint = e.code === "ENOENT" ? `Install ${program} or check that it is on PATH.` : undefined;
            reject(new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `Could not start ${program}: ${e.message}`, { hint }));
        });
        child.on("close", (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            const result = {
                exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
                stdout: Buffer.concat(out).toString("utf8"),
                stderr: err.length > STDERR_KEEP ? err.slice(-STDERR_KEEP) : err,
                durationMs: performance.now() - started,
            };
            if (timedOut) {
                reject(new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.ProcessFailed, `${program} did not finish within ${options.timeoutMs} ms and was stopped.`));
                return;
            }
            if (!(options.okCodes ?? [0]).includes(result.exitCode)) {
                reject(new ProcessError(program, args, result, options.redactor));
                return;
            }
            resolve(result);
        });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
function signalNumber(signal) {
    return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 0;
}
/**
 * Runs a workflow author's script through bash, as a `run:` step does (`bash -e -o pipefail`). Only
 * for inputs documented as scripts; never interpolate other inputs into `script`. Resolves with the
 * result whatever the exit code.
 */
function runScript(script, options = {}) {
    return runProcess("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script], {
        ...options,
        okCodes: Array.from({ length: 256 }, (_, i) => i),
    });
}

;// CONCATENATED MODULE: ./src/kernel/git.ts
/**
 * git, run with argument arrays only. A token never goes into a remote URL (where it ends up in
 * `.git/config`, in error messages and in `ps`): it is passed per command as an
 * `http.<server>/.extraheader` through `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n`,
 * the same header actions/checkout writes, so it is scoped to that one git process
 * (changesets/action does the same for the same reason).
 */




/** A git repository on disk. */
class Git {
    cwd;
    options;
    constructor(options) {
        this.cwd = options.cwd;
        this.options = options;
    }
    /** Environment for a git child: the token header when a token is set, no prompts, C locale. */
    env() {
        const env = { ...(this.options.env ?? process.env), GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
        if (this.options.token) {
            const scope = this.options.serverUrl ? `http.${this.options.serverUrl.replace(/\/+$/, "")}/.extraheader` : "http.extraheader";
            const basic = Buffer.from(`x-access-token:${this.options.token}`).toString("base64");
            const n = Number(env.GIT_CONFIG_COUNT) || 0;
            // checkout@v4 persists its own extraheader; an empty value first resets the list so git sends
            // only ours (two Authorization headers make GitHub answer 400).
            env[`GIT_CONFIG_KEY_${n}`] = scope;
            env[`GIT_CONFIG_VALUE_${n}`] = "";
            env[`GIT_CONFIG_KEY_${n + 1}`] = scope;
            env[`GIT_CONFIG_VALUE_${n + 1}`] = `AUTHORIZATION: basic ${basic}`;
            env.GIT_CONFIG_COUNT = String(n + 2);
        }
        return env;
    }
    /** Runs `git <args>` and returns stdout. Throws a git-failed error naming the command. */
    async run(args, options = {}) {
        return (await this.exec(args, options)).stdout;
    }
    /** Like {@link run} but resolves with the whole result (exit code, stderr). */
    async exec(args, options = {}) {
        try {
            return await runProcess("git", args, {
                cwd: this.cwd,
                env: this.env(),
                redactor: this.options.redactor,
                okCodes: options.okCodes,
                input: options.input,
                timeoutMs: options.timeoutMs,
            });
        }
        catch (e) {
            throw toGitError(e, args);
        }
    }
    /**
     * Streams the output of `git <args>` split on `separator` (one ASCII byte, NUL by default), calling
     * `onRecord` for each record without holding the whole output in memory. Used for `git log` over
     * large ranges. `onRecord` returning `false` stops the stream: git is killed, no further record is
     * handed over, and the promise resolves.
     */
    stream(args, onRecord, separator = 0) {
        return new Promise((resolve, reject) => {
            // Into a pipe, `git log` flushes after every commit (GIT_FLUSH in git(1)): 100k writes and
            // 'data' events of a few hundred bytes each. Nothing here reads a commit before the next one
            // is printed, so let stdio fill its buffer: the 100k-commit log reached node in 120 ms instead
            // of 190-270 ms.
            const env = { ...this.env(), GIT_FLUSH: "0" };
            const child = (0,external_node_child_process_namespaceObject.spawn)("git", args, { cwd: this.cwd, env: childEnv(env), shell: false, stdio: ["ignore", "pipe", "pipe"] });
            // One UTF-8 decode per chunk, then string slices: decoding each record from its own Buffer
            // view (a Buffer object and a native call per field, 400k on the 100k-commit benchmark) took
            // about 50 ms more CPU. A record is copied out of the chunk's string before it is handed on,
            // because V8 keeps a whole string alive for as long as any slice of it lives: a kept SHA
            // would otherwise hold its chunk, and the log would end up in memory after all. The
            // decoder carries a character split across two chunks over to the next one.
            const decoder = new external_node_string_decoder_namespaceObject.StringDecoder("utf8");
            const sep = String.fromCharCode(separator);
            let pending = [];
            let stderr = "";
            let stopped = false;
            const emit = (record) => {
                if (onRecord(ownedCopy(record)) === false) {
                    stopped = true;
                    child.kill();
                }
            };
            child.stdout.on("data", (chunk) => {
                if (stopped)
                    return;
                const text = decoder.write(chunk);
                let start = 0;
                let idx = text.indexOf(sep);
                while (idx !== -1) {
                    let rec = text.slice(start, idx);
                    if (pending.length > 0) {
                        pending.push(rec);
                        rec = pending.join("");
                        pending = [];
                    }
                    emit(rec);
                    if (stopped)
                        return;
                    start = idx + 1;
                    idx = text.indexOf(sep, start);
                }
                if (start < text.length)
                    pending.push(text.slice(start));
            });
            child.stderr.on("data", (c) => {
                if (stderr.length < 65536)
                    stderr += c.toString("utf8");
            });
            child.on("error", (e) => reject(new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, `Could not start git: ${e.message}`, { hint: "Install git and make sure it is on PATH." })));
            child.on("close", (code) => {
                if (stopped) {
                    resolve();
                    return;
                }
                if (code !== 0) {
                    reject(toGitError(new ProcessError("git", args, { exitCode: code ?? 1, stdout: "", stderr, durationMs: 0 }, this.options.redactor), args));
                    return;
                }
                const rest = pending.join("") + decoder.end();
                if (rest.trim() !== "")
                    emit(rest);
                resolve();
            });
        });
    }
    /** The full SHA of `rev`, or undefined when it does not resolve. */
    async revParse(rev) {
        const r = await this.exec(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { okCodes: [0, 1, 128] });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /** True when the repository is a shallow clone. */
    async isShallow() {
        return (await this.run(["rev-parse", "--is-shallow-repository"])).trim() === "true";
    }
    /** The current branch, or undefined on a detached HEAD. */
    async currentBranch() {
        const r = await this.exec(["symbolic-ref", "--quiet", "--short", "HEAD"], { okCodes: [0, 1, 128] });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
}
/**
 * `text` as a string of its own: concatenating and slicing makes V8 copy the characters into a new
 * string, where a plain slice would keep the string it was cut from alive.
 */
function ownedCopy(text) {
    return ` ${text}`.slice(1);
}
function toGitError(e, args) {
    if (!(e instanceof ProcessError))
        return e;
    const stderr = e.stderr;
    const isPush = args[0] === "push";
    if (isPush && /rejected|denied|403|401|Authentication failed|Permission to .* denied|protected branch/i.test(stderr)) {
        return new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitPushRejected, e.message, {
            hint: /denied|403|401|Authentication failed/i.test(stderr)
                ? 'Give the job "permissions: contents: write" or pass a token with push access in "github-token".'
                : "Someone pushed the same ref first; fetch and re-run.",
        });
    }
    if (/not a git repository/i.test(stderr)) {
        return new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, e.message, {
            exitCode: 2,
            hint: 'Run inside a git checkout: add "actions/checkout" before this step, or pass --cwd with a repository.',
        });
    }
    return new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, e.message);
}

;// CONCATENATED MODULE: ./src/release/repository.ts
/**
 * Opening the repository a command works on: clear errors outside a checkout or in an empty
 * repository, and a shallow clone deepened (or a precise fix named). Shared by version and notes.
 */




/** Opens the repository, failing clearly outside a checkout or in a repository with no commits. */
async function openRepository(cwd, ctx, input = "working-directory") {
    if (!(0,external_node_fs_.existsSync)(cwd))
        throw new errors/* InputError */.dz({ input, problem: `names a directory that does not exist: "${cwd}"` });
    const token = ctx.hasToken() ? ctx.runtime.input("github-token").trim() : undefined;
    const git = new Git({ cwd, token, serverUrl: ctx.context.serverUrl, redactor: ctx.runtime.redactor, env: ctx.runtime.env });
    const inside = await git.exec(["rev-parse", "--is-inside-work-tree"], { okCodes: [0, 128] });
    if (inside.exitCode !== 0) {
        throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, `${cwd} is not a git repository.`, {
            exitCode: 2,
            hint: 'Run after "actions/checkout" (with fetch-depth: 0), or pass --cwd with a repository.',
        });
    }
    if (!(await git.revParse("HEAD"))) {
        throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, `The repository in ${cwd} has no commits yet.`, {
            exitCode: 2,
            hint: "Commit something first; there is nothing to version.",
        });
    }
    return git;
}
/**
 * A shallow clone hides tags and history: deepen it when a token allows, else fail with the
 * checkout setting that fixes it.
 */
async function ensureFullHistory(git, ctx) {
    if (!(await git.isShallow()))
        return;
    const remote = (await git.exec(["remote"], { okCodes: [0] })).stdout.split("\n")[0]?.trim();
    if (remote) {
        ctx.runtime.log.info(`Shallow clone: fetching the full history and tags from ${remote}.`);
        const r = await git.exec(["fetch", "--quiet", "--unshallow", "--tags", remote], { okCodes: [0, 1, 128] });
        if (r.exitCode === 0)
            return;
        ctx.runtime.log.debug(`git fetch --unshallow failed: ${r.stderr.trim()}`);
    }
    throw new errors/* ShiplineError */.J0(errors/* ErrorCode */.O4.GitFailed, "The repository is a shallow clone, so the last release tag and the commits since it cannot be read.", {
        exitCode: 2,
        hint: 'Set "fetch-depth: 0" on actions/checkout (with: fetch-depth: 0), or run "git fetch --unshallow --tags".',
    });
}
function releaseTagPattern(prefix) {
    // A prefix with glob characters cannot be put in a pattern; list every tag and filter in code.
    return /[*?[\]\\]/.test(prefix) ? "refs/tags/" : `refs/tags/${prefix}[0-9]*`;
}
/**
 * A clone without tags (`git clone --no-tags`, a `git fetch` of branches only, actions/checkout
 * with `fetch-tags: false`) has no release tag, and the version would silently become a first
 * release. When none of `tagPrefixes` has a tag locally, asks the first remote (`git ls-remote
 * --tags`); when it has release tags, fetches them (with the token, when there is one) or fails
 * naming the checkout setting. A remote that cannot be listed (offline, no credentials) is left
 * alone: nothing proves tags are missing. Returns true when tags were fetched (recompute), false
 * when nothing changed. Costs one local `for-each-ref` when tags are present.
 */
async function ensureReleaseTags(git, ctx, tagPrefixes) {
    const isRelease = (ref) => tagPrefixes.some((p) => ref.startsWith(`refs/tags/${p}`) && /^\d+\.\d+\.\d+/.test(ref.slice(10 + p.length)));
    const patterns = [...new Set(tagPrefixes.map(releaseTagPattern))];
    const local = await git.run(["for-each-ref", "--format=%(refname)", ...patterns]);
    if (local.split("\n").some(isRelease))
        return false;
    const remote = (await git.exec(["remote"], { okCodes: [0] })).stdout.split("\n")[0]?.trim();
    if (!remote)
        return false;
    const listed = await git.exec(["ls-remote", "--tags", "--refs", remote], { okCodes: [0, 1, 2, 128], timeoutMs: 60_000 });
    if (listed.exitCode !== 0) {
        ctx.runtime.log.debug(`git ls-remote --tags ${remote} failed, so missing release tags cannot be detected: ${listed.stderr.trim()}`);
        return false;
    }
    const remoteTags = listed.stdout
        .split("\n")
        .map((l) => l.split("\t")[1]?.trim() ?? "")
        .filter(isRelease);
    if (remoteTags.length === 0)
        return false;
    const shown = remoteTags
        .slice(-3)
        .map((r) => r.slice(10))
        .join(", ");
    ctx.runtime.log.info(`This clone has no release tags, but ${remote} has ${remoteTags.length} (${shown}): fetching the tags.`);
    const fetched = await git.exec(["fetch", "--quiet", "--tags", remote], { okCodes: [0, 1, 128], timeoutMs: 300_000 });
    if (fetched.exitCode === 0)
        return true;
    const why = fetched.stderr.trim().split("\n").slice(-1)[0] ?? "";
    throw new ShiplineError(ErrorCode.GitFailed, `This clone has no release tags, but the remote "${remote}" has ${remoteTags.length} (${shown}), and "git fetch --tags ${remote}" failed: ${why}. Without them the last release is unknown and the version would be a first release.`, {
        exitCode: 2,
        hint: 'Set "fetch-tags: true" (or "fetch-depth: 0") on actions/checkout, or run "git fetch --tags" before this step.',
    });
}
/**
 * A `path` input checked to lie inside the repository: relative to the repository's top (as version
 * stores it) and to `cwd` (where git runs, so a pathspec for commands run there). Shared by version
 * and notes so both count the same commits for a package.
 */
async function resolveRepoPath(git, cwd, input) {
    const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
    const abs = (0,external_node_path_.resolve)(cwd, input);
    const rel = (0,external_node_path_.relative)(top, abs);
    if (rel.startsWith("..") || (0,external_node_path_.isAbsolute)(rel))
        throw new errors/* InputError */.dz({ input: "path", problem: `points outside the repository (${top}); got "${input}"` });
    if (!(0,external_node_fs_.existsSync)(abs))
        throw new errors/* InputError */.dz({ input: "path", problem: `does not exist in the repository; got "${input}". Pass the package's directory` });
    return { fromTop: rel || ".", fromCwd: (0,external_node_path_.relative)(cwd, abs) || "." };
}

;// CONCATENATED MODULE: ./src/notes/core/changelog.ts
/**
 * CHANGELOG.md editing: insert a version's section in version order, or replace it when it exists,
 * leaving every other byte of the file as it was. Pure: text in, text out.
 */


const HEADING = /^## \[?v?([0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?)\]?/;
const CHANGELOG_TITLE = "# Changelog\n\nAll notable changes to this project are documented in this file.\n";
/**
 * Puts `section` (starting with `## ...version...`) into `existing` (undefined when the file does
 * not exist). Sections are found by their `## ` headings; text before the first one is kept.
 */
function upsertChangelogSection(existing, version, section) {
    const piece = section.endsWith("\n") ? section : `${section}\n`;
    if (existing === undefined || existing.trim() === "") {
        return { content: `${CHANGELOG_TITLE}\n${piece}`, changed: true, action: "created" };
    }
    const lines = existing.split("\n");
    // Offsets of each version heading.
    const starts = [];
    let offset = 0;
    let inFence = false;
    for (const line of lines) {
        if (/^(```|~~~)/.test(line))
            inFence = !inFence;
        if (!inFence && line.startsWith("## "))
            starts.push({ index: offset, version: HEADING.exec(line)?.[1] });
        offset += line.length + 1;
    }
    const same = starts.findIndex((s) => s.version === version);
    if (same !== -1) {
        const from = starts[same].index;
        const to = same + 1 < starts.length ? starts[same + 1].index : existing.length;
        const before = existing.slice(0, from);
        const after = existing.slice(to);
        const replacement = to === existing.length ? piece : `${piece}\n`;
        const content = `${before}${replacement}${after}`;
        return { content, changed: content !== existing, action: content === existing ? "unchanged" : "replaced" };
    }
    const lower = starts.find((s) => s.version !== undefined && semver_default().valid(s.version) && semver_default().gt(version, s.version));
    if (lower) {
        return { content: `${existing.slice(0, lower.index)}${piece}\n${existing.slice(lower.index)}`, changed: true, action: "inserted" };
    }
    const sep = existing.endsWith("\n\n") ? "" : existing.endsWith("\n") ? "\n" : "\n\n";
    if (starts.length === 0)
        return { content: `${existing}${sep}${piece}`, changed: true, action: "inserted" };
    // Older than everything listed: append at the end.
    return { content: `${existing}${sep}${piece}`, changed: true, action: "inserted" };
}
/**
 * The version headings of a CHANGELOG (`## 1.2.0`, `## [v1.2.0](url) (date)`) whose version is not
 * a semantic version, outside code fences. A heading that does not start with a digit (`##
 * Unreleased`) is not a version heading. Read back before a section is inserted: `## 1.2` left by an
 * earlier run would otherwise make the insert compare against it.
 */
function findBadVersionHeadings(content) {
    const out = [];
    let inFence = false;
    content.split("\n").forEach((line, i) => {
        if (/^(```|~~~)/.test(line))
            inFence = !inFence;
        if (inFence || !line.startsWith("## "))
            return;
        const m = /^## \[?v?(\d[^\s\]()]*)/.exec(line);
        if (!m)
            return;
        const version = m[1];
        const problem = checkVersion(version);
        if (problem)
            out.push({ line: i + 1, heading: line, version, problem });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/notes/core/collect.ts

const collect_NONE = [];
const REVERTED_TYPE = /^([A-Za-z][\w-]*)(?:\([^()\r\n]*\))?(!)?: /;
/**
 * The subject as the notes compare it: without the PR suffix, lower-cased, letters and digits
 * only, so `Add skip changelog flag` and `add skip-changelog flag` are one entry.
 */
function entryKey(subject) {
    // ASCII punctuation and spaces only: a Unicode-class regex was a third of the collector's time on
    // 100k commits, and letters beyond ASCII are kept as they are.
    const s = subject.endsWith(")") ? subject.replace(collect_PR_SUFFIX, "") : subject;
    return s.toLowerCase().replace(NOT_WORD, "");
}
const collect_PR_SUFFIX = /\s*\(#\d+\)\s*$/;
const NOT_WORD = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;
function shownSubject(c) {
    return c.type === undefined && c.revert?.header ? c.revert.header : c.subject;
}
/** Creates a collector. See the module comment. */
function createNotesCollector(options) {
    const kept = [];
    const reverts = createRevertMatcher();
    const tentative = new Map();
    // A revert of a change of a hidden type (`Revert "chore(deps): ..."`) is as hidden as the change.
    const revertShown = (header) => {
        const t = header === undefined ? null : REVERTED_TYPE.exec(header);
        if (!t)
            return true;
        const type = t[1].toLowerCase();
        return type === "revert" || options.visible.has(options.typeMap[type] ?? type) || (t[2] === "!" && options.visible.has("breaking"));
    };
    const sectionOf = (c) => (c.type ? (options.typeMap[c.type] ?? c.type) : c.revert ? "revert" : undefined);
    return {
        add(c) {
            const m = reverts.match(c);
            if (m && "cancelledBy" in m) {
                kept[m.cancelledBy] = undefined;
                return;
            }
            const section = sectionOf(c);
            const wanted = (c.revert !== undefined ? revertShown(c.revert.header) && options.visible.has("revert") : section !== undefined && options.visible.has(section)) ||
                (c.breaking && options.visible.has("breaking"));
            const index = wanted && !c.skip ? kept.length : -1;
            if (m)
                tentative.set(c, index);
            if (index === -1) {
                if (c.revert)
                    reverts.add(c, -1);
                return;
            }
            // The body and footers are never rendered; shared empty arrays save one allocation each.
            c.body = "";
            c.footers = collect_NONE;
            if (c.breakingNotes.length === 0)
                c.breakingNotes = collect_NONE;
            if (c.references.length > 0 && c.references.some((r) => r.action === undefined))
                c.references = c.references.filter((r) => r.action !== undefined);
            kept.push(c);
            if (c.revert)
                reverts.add(c, index);
        },
        wantsPlain(type) {
            return reverts.hasReverts() || options.visible.has(options.typeMap[type] ?? type);
        },
        finish() {
            for (const { revert, change } of reverts.finish()) {
                if (revert !== -1)
                    kept[revert] = undefined;
                const i = tentative.get(change);
                if (i !== undefined && i !== -1)
                    kept[i] = undefined;
            }
            // One entry per subject: in a section (two commits saying the same), and per PR or commit
            // (one squash whose title and override say it twice, in two types).
            const seen = new Set();
            const out = [];
            for (let i = kept.length - 1; i >= 0; i--) {
                const c = kept[i];
                if (!c)
                    continue;
                const key = entryKey(shownSubject(c));
                const inSection = `s\u0000${sectionOf(c) ?? ""}\u0000${c.scope ?? ""}\u0000${key}`;
                const inChange = `c\u0000${c.pullRequest ?? c.sha}\u0000${key}`;
                if (seen.has(inSection) || seen.has(inChange))
                    continue;
                seen.add(inSection);
                seen.add(inChange);
                out.push(c);
            }
            return out.reverse();
        },
    };
}

// EXTERNAL MODULE: ./src/kernel/markdown.ts
var markdown = __nccwpck_require__(9660);
;// CONCATENATED MODULE: ./src/notes/core/template.ts
/**
 * Custom layouts for teams that want their own notes: a small logic-less template format with
 * `{{name}}` placeholders. Chosen over Handlebars because notes templates only arrange pieces we
 * render (no loops or helpers needed), a template cannot run code, and every mistake is reported
 * with its line: an unknown placeholder or an unclosed `{{` fails instead of rendering blank.
 *
 * Two uses: the template file (placeholders {@link TEMPLATE_FIELDS}) and the header and footer
 * inputs (placeholders {@link HEADER_FIELDS}). `previous_tag` and `compare_url` are also accepted as
 * `previousTag` and `compareUrl`, so the same spelling works in both places.
 */
const TEMPLATE_FIELDS = ["version", "tag", "previous_tag", "date", "sections", "contributors", "compare_url", "header", "footer"];
/** Placeholders of the header and footer inputs: what is known before the sections are laid out. */
const HEADER_FIELDS = ["version", "tag", "previousTag", "date", "compareUrl"];
/** Alternative spellings -> the name looked up in the values. */
const ALIASES = {
    previousTag: "previous_tag",
    compareUrl: "compare_url",
    previous_tag: "previousTag",
    compare_url: "compareUrl",
};
function resolveName(name, fields) {
    if (fields.includes(name))
        return name;
    const alias = ALIASES[name];
    return alias !== undefined && fields.includes(alias) ? alias : undefined;
}
/**
 * Checks a template; returns every problem with its 1-based line (empty when it is fine).
 * @param fields the placeholders allowed; defaults to the template file's {@link TEMPLATE_FIELDS}.
 */
function checkTemplate(text, fields = TEMPLATE_FIELDS) {
    const problems = [];
    text.split("\n").forEach((line, i) => {
        let rest = line;
        for (;;) {
            const open = rest.indexOf("{{");
            if (open === -1)
                break;
            const close = rest.indexOf("}}", open + 2);
            if (close === -1) {
                problems.push({ line: i + 1, message: 'unclosed "{{"' });
                break;
            }
            const name = rest.slice(open + 2, close).trim();
            if (resolveName(name, fields) === undefined) {
                problems.push({ line: i + 1, message: `unknown placeholder "{{${name}}}"; known: ${fields.join(", ")}` });
            }
            rest = rest.slice(close + 2);
        }
    });
    return problems;
}
/** Fills a template checked with {@link checkTemplate} against the same `values`' keys. */
function renderTemplate(text, values) {
    return text.replace(/\{\{\s*([A-Za-z_]+)\s*\}\}/g, (_m, name) => values[name] ?? (ALIASES[name] ? values[ALIASES[name]] : undefined) ?? "");
}

;// CONCATENATED MODULE: ./src/notes/core/render.ts
/**
 * Release notes from parsed commits: sections by change type, entries with scope, links to the
 * commit, the PR and the referenced issues, contributors, and a compare link. Pure.
 */


/** Section ids in their default order; breaking changes are collected from every type. */
const SECTION_ORDER = ["breaking", "feat", "fix", "perf", "revert", "docs", "refactor", "test", "build", "ci", "chore"];
const TITLES = {
    en: {
        breaking: "⚠\ufe0f Breaking changes",
        feat: "Features",
        fix: "Bug fixes",
        perf: "Performance",
        revert: "Reverts",
        docs: "Documentation",
        refactor: "Refactoring",
        test: "Tests",
        build: "Build",
        ci: "Continuous integration",
        chore: "Chores",
        contributors: "Contributors",
        compare: "Full changelog",
        firstTime: "first contribution",
    },
    "zh-CN": {
        breaking: "⚠\ufe0f 破坏性变更",
        feat: "新增功能",
        fix: "问题修复",
        perf: "性能优化",
        revert: "回退",
        docs: "文档",
        refactor: "代码重构",
        test: "测试",
        build: "构建",
        ci: "持续集成",
        chore: "其他",
        contributors: "贡献者",
        compare: "完整变更",
        firstTime: "首次贡献",
    },
};
/** Which types show by default: the rest are hidden unless configured. */
const DEFAULT_VISIBLE = new Set(["breaking", "feat", "fix", "perf", "revert"]);
function render_link(text, url) {
    return url ? `[${text}](${url})` : text;
}
/**
 * The subject an entry shows. A GitHub revert (`Revert "feat: x"`, no conventional type) shows the
 * reverted header, as `revert: feat: x` does.
 */
function subjectOf(c) {
    return c.type === undefined && c.revert?.header ? c.revert.header : c.subject;
}
const render_PR_SUFFIX = /\s*\(#\d+\)\s*$/;
/** The text without a squash-merge `(#123)` suffix; the `includes` check skips the regex for most subjects. */
function withoutPrSuffix(text) {
    return text.includes("(#") ? text.replace(render_PR_SUFFIX, "") : text;
}
function entryLine(c, repoUrl, breakingText) {
    const scope = c.scope ? `**${(0,markdown/* escapeInline */.VV)(c.scope)}:** ` : "";
    // Minimal escaping: the same text is read raw in CHANGELOG.md, so `code` stays code and
    // export_file stays as typed.
    const subject = (0,markdown/* escapeInline */.VV)(withoutPrSuffix(breakingText ?? subjectOf(c)));
    const parts = [];
    if (c.sha)
        parts.push(render_link(c.sha.slice(0, 7), repoUrl && `${repoUrl}/commit/${c.sha}`));
    if (c.pullRequest)
        parts.push(render_link(`#${c.pullRequest}`, repoUrl && `${repoUrl}/pull/${c.pullRequest}`));
    const closes = c.references.filter((r) => r.action !== undefined && r.number !== c.pullRequest);
    const refs = closes.map((r) => {
        const label = r.owner && r.repo ? `${r.owner}/${r.repo}#${r.number}` : `#${r.number}`;
        const base = r.owner && r.repo && repoUrl ? repoUrl.replace(/[^/]+\/[^/]+$/, `${r.owner}/${r.repo}`) : repoUrl;
        return render_link(label, base && `${base}/issues/${r.number}`);
    });
    const tail = parts.length > 0 ? ` (${parts.join(", ")})` : "";
    const closing = refs.length > 0 ? `, closes ${refs.join(", ")}` : "";
    return `- ${scope}${subject}${tail}${closing}`;
}
function sectionOf(c, typeMap) {
    // A GitHub-style revert whose target is outside the range is still a change users should see.
    if (!c.type)
        return c.revert ? "revert" : undefined;
    return typeMap?.[c.type] ?? c.type;
}
/** Renders the notes. Duplicate entries (same type, scope and subject) collapse into the first. */
function renderNotes(input) {
    const locale = input.locale ?? "en";
    const titles = { ...TITLES[locale], ...(input.titles ?? {}) };
    const visible = input.visible ?? DEFAULT_VISIBLE;
    const bySection = new Map();
    const seen = new Set();
    let entries = 0;
    const add = (section, line) => {
        const list = bySection.get(section);
        if (list)
            list.push(line);
        else
            bySection.set(section, [line]);
        entries++;
    };
    // Oldest first reads best in notes.
    for (let i = input.changes.length - 1; i >= 0; i--) {
        const c = input.changes[i];
        if (c.skip)
            continue;
        const section = sectionOf(c, input.typeMap);
        // A BREAKING CHANGE footer under a header that is not conventional still lists its notes.
        if (!section && !c.breaking)
            continue;
        const key = `${section ?? ""}\u0000${c.scope ?? ""}\u0000${withoutPrSuffix(subjectOf(c)).toLowerCase()}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        // A breaking change is listed once, under Breaking changes (with its note, else its subject).
        if (c.breaking && visible.has("breaking")) {
            const notes = c.breakingNotes.length > 0 ? c.breakingNotes : [subjectOf(c)];
            notes.forEach((note, i) => {
                const own = note.trim().toLowerCase() === subjectOf(c).trim().toLowerCase();
                // The first note names the change itself when it is not the subject, so the feature stays findable.
                const text = i === 0 && !own ? `${withoutPrSuffix(subjectOf(c))}: ${note}` : note;
                add("breaking", entryLine(c, input.repoUrl, text));
            });
            continue;
        }
        if (section && visible.has(section))
            add(section, entryLine(c, input.repoUrl));
    }
    const first = input.sectionOrder ?? [];
    const order = [...new Set([...first, ...SECTION_ORDER, ...bySection.keys()])];
    const sections = [];
    for (const id of order) {
        const lines = bySection.get(id);
        if (!lines)
            continue;
        // Pushed one by one: spreading a section of ~125k entries into push() overflows the stack.
        sections.push(`### ${titles[id] ?? (0,markdown/* escapeInline */.VV)(id)}`, "");
        for (const line of lines)
            sections.push(line);
        sections.push("");
    }
    if (entries === 0)
        sections.push(locale === "zh-CN" ? "本版本没有面向用户的变更。" : "No user-facing changes in this release.", "");
    const contributors = [];
    if (input.contributors.length > 0) {
        const server = input.repoUrl?.replace(/\/[^/]+\/[^/]+\/?$/, "");
        const people = input.contributors.map((p) => {
            // A linked @handle: GitHub shows it as the user, and the link works where mentions do not (CHANGELOG.md on npm).
            const who = p.login ? render_link(`@${p.login}`, server && `${server}/${p.login}`) : (0,markdown/* escapeInline */.VV)(p.name);
            return p.firstTime ? `${who} (${titles.firstTime})` : who;
        });
        contributors.push(`### ${titles.contributors}`, "", people.join(", "), "");
    }
    const compareUrl = input.repoUrl && input.previousTag ? `${input.repoUrl}/compare/${encodeURIComponent(input.previousTag)}...${encodeURIComponent(input.tag)}` : undefined;
    const fill = (text) => renderTemplate(text, {
        version: input.version,
        tag: input.tag,
        previousTag: input.previousTag ?? "",
        date: input.date,
        compareUrl: compareUrl ?? "",
    }).trim();
    const header = input.header ? fill(input.header) : "";
    const footer = input.footer ? fill(input.footer) : "";
    const out = [];
    if (header)
        out.push(header, "");
    for (const line of sections)
        out.push(line);
    out.push(...contributors);
    if (compareUrl)
        out.push(`**${titles.compare}**: ${render_link(`${input.previousTag}...${input.tag}`, compareUrl)}`, "");
    if (footer)
        out.push(footer, "");
    const body = `${out.join("\n").trim()}\n`;
    const heading = `## ${compareUrl ? `[${input.version}](${compareUrl})` : input.version} (${input.date})`;
    return {
        body,
        changelogSection: `${heading}\n\n${body}`,
        entries,
        parts: { sections: sections.join("\n").trim(), contributors: contributors.join("\n").trim(), compareUrl: compareUrl ?? "", header, footer },
    };
}
/** GitHub rejects release bodies over 125,000 characters. */
const RELEASE_BODY_MAX = 125_000;
/**
 * Cuts a body that is too long for a GitHub release at an entry boundary (a line starting with
 * `- `) and links to the full CHANGELOG.
 */
function fitReleaseBody(body, changelogUrl, max = RELEASE_BODY_MAX) {
    if (body.length <= max)
        return { body, truncated: false };
    const notice = `\n\n…and more: the full notes are in ${changelogUrl ? `[the CHANGELOG](${changelogUrl})` : "the CHANGELOG"}.\n`;
    const budget = max - notice.length;
    let cut = body.lastIndexOf("\n- ", budget);
    if (cut <= 0)
        cut = body.lastIndexOf("\n", budget);
    return { body: `${body.slice(0, Math.max(0, cut))}${notice}`, truncated: true };
}
const KEEP = /<!-- shipline:keep -->[\s\S]*?<!-- \/shipline:keep -->/g;
/** Carries hand-written `<!-- shipline:keep -->` blocks of the old body over into the new one (at the top). */
function mergeKeepBlocks(oldBody, newBody) {
    const blocks = (oldBody ?? "").match(KEEP) ?? [];
    if (blocks.length === 0)
        return newBody;
    return `${blocks.join("\n\n")}\n\n${newBody.replace(KEEP, "").trimStart()}`;
}

;// CONCATENATED MODULE: ./src/notes/core/pull-requests.ts
// GitHub's and Bitbucket's default merge headers. Derived here rather than read from version's
// parsed commit so notes does not depend on which parser fields exist; both match the same headers.
const GITHUB_MERGE = /^Merge pull request #(\d+) from \S/;
const BITBUCKET_MERGE = /^Merged in \S+ \(pull request #(\d+)\)/;
/**
 * The PR number of a PR merge commit's header (`Merge pull request #12 from o/branch`, Bitbucket's
 * `Merged in branch (pull request #12)`), or undefined for any other header (a squash `feat: x (#12)`
 * is not a merge: its PR is in the suffix already).
 */
function parseMergedPr(header) {
    if (!header.startsWith("Merge"))
        return undefined;
    const m = GITHUB_MERGE.exec(header) ?? BITBUCKET_MERGE.exec(header);
    return m ? Number(m[1]) : undefined;
}
/**
 * Maps every commit a PR merge brought in to that PR's number: the commits reachable from the
 * merge's second (and further) parents and not from its first parent, using only parent links
 * inside the range (a parent outside it ends the walk).
 *
 * The history is split into first-parent chains: the chain from the tip (the release branch itself)
 * is claimed first, then the side of each merge on it, oldest merge first, each side claiming its own
 * first-parent chain and then its merges' sides, depth first. Processing oldest first means that
 * when a merge's side is walked, everything reachable from its first parent is already claimed, so
 * the walk stops exactly at ancestors(first parent): a branch that merged main into itself does not
 * steal main's older commits. Each commit is claimed once: linear time over the range.
 *
 * A PR merged into another PR's branch (nested) gives its commits its own number; a non-PR merge
 * (`Merge branch 'x'`) passes on the number of the PR it is part of, if any.
 *
 * @param commits the range, in any order (git log prints newest first).
 * @returns SHA -> PR number, only for commits brought in by a PR merge (not the merge itself).
 */
function computeMergedPullRequests(commits) {
    const bySha = new Map();
    let anyPr = false;
    for (const c of commits) {
        bySha.set(c.sha, c);
        if (c.mergedPr !== undefined)
            anyPr = true;
    }
    const out = new Map();
    if (!anyPr)
        return out;
    const isParent = new Set();
    for (const c of commits)
        for (const p of c.parents)
            isParent.add(p);
    const claimed = new Set();
    // Explicit stack instead of recursion: nesting depth is unbounded in odd histories.
    const stack = [];
    for (const c of commits)
        if (!isParent.has(c.sha))
            stack.push({ start: c.sha, pr: undefined });
    while (stack.length > 0) {
        const { start, pr } = stack.pop();
        const merges = [];
        let sha = start;
        while (sha !== undefined && !claimed.has(sha)) {
            const c = bySha.get(sha);
            if (!c)
                break;
            claimed.add(sha);
            if (pr !== undefined)
                out.set(sha, pr);
            if (c.parents.length > 1)
                merges.push(c);
            sha = c.parents[0];
        }
        // The chain was walked newest first: push in that order so the oldest merge's side is popped first.
        for (const m of merges) {
            const side = m.mergedPr ?? pr;
            for (let i = m.parents.length - 1; i >= 1; i--)
                stack.push({ start: m.parents[i], pr: side });
        }
    }
    return out;
}
/**
 * Gives a commit's squash bullets the PR of its header: GitHub's squash merge writes `feat: x (#40)`
 * with the PR's commits as `* fix: y` bullets, and each bullet is an entry that belongs to #40. An
 * override block (`BEGIN_COMMIT_OVERRIDE`) replaces the header, so its entries have no header to
 * inherit from and are left as they are.
 *
 * @param parsed one commit's changes as parseCommit returns them (header first).
 * @returns a new list; changed entries are copies, the rest the same objects.
 */
function inheritHeaderPullRequest(parsed) {
    const head = parsed[0];
    const pr = head?.source === "header" ? head.pullRequest : undefined;
    if (pr === undefined || parsed.length === 1)
        return parsed.slice();
    return parsed.map((c) => (c.source === "squash-bullet" && c.pullRequest === undefined ? { ...c, pullRequest: pr } : c));
}
/**
 * Gives the commits a PR merge brought in the PR's link (see {@link computeMergedPullRequests}).
 * Changes that name their own PR (a `(#N)` suffix) keep it.
 *
 * @returns a new list; changed entries are copies, the rest the same objects.
 */
function linkPullRequests(changes, mergedPrOf) {
    if (mergedPrOf.size === 0)
        return changes.slice();
    return changes.map((c) => {
        if (c.pullRequest !== undefined)
            return c;
        const pr = mergedPrOf.get(c.sha);
        return pr === undefined ? c : { ...c, pullRequest: pr };
    });
}

;// CONCATENATED MODULE: ./src/notes/core/sections.ts
/**
 * Section configuration from inputs: custom titles (`feat=New features`) and extra type → section
 * mappings (`deps=build`, `improvement=feat`). Pure; problems are reported per input and line.
 */


const PAIR = /^\s*([A-Za-z][\w-]*)\s*=\s*(\S.*?)\s*$/;
/**
 * Parses `key=value` items of a list input into a record.
 * @param input the input name, for messages.
 * @param items the list input's items (one per line); an empty list gives `{}`.
 * @param what  names the key and value in messages, e.g. "section=Title".
 * @throws InputError naming every malformed item and its position (1-based).
 */
function parsePairs(input, items, what) {
    const out = {};
    const problems = [];
    items.forEach((item, i) => {
        const m = PAIR.exec(item);
        if (!m) {
            problems.push({
                input,
                problem: `item ${i + 1} ("${item}") is not "${what}". Write one pair per line, e.g. ${input === "types" ? "deps=build" : "feat=New features"}`,
            });
            return;
        }
        out[m[1].toLowerCase()] = m[2];
    });
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return out;
}
/**
 * Reads `types` (type=section): the section must be one of the built-in ids or a new id that
 * `section-titles` names, so a typo cannot silently make a section disappear.
 * @returns the type map and the titles; both `{}` when the inputs are empty.
 */
function parseSectionConfig(types, titles) {
    const typeMap = parsePairs("types", types, "type=section");
    const titleMap = parsePairs("section-titles", titles, "section=Title");
    const known = new Set([...SECTION_ORDER, ...Object.keys(titleMap)]);
    const problems = [];
    for (const [type, section] of Object.entries(typeMap)) {
        const id = section.toLowerCase();
        if (!known.has(id)) {
            problems.push({
                input: "types",
                problem: `maps "${type}" to "${section}", which is not a section. Use one of ${SECTION_ORDER.join(", ")}, or give "${id}" a title in section-titles`,
            });
        }
        typeMap[type] = id;
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return { typeMap, titles: titleMap };
}
/**
 * Reads `section-order`: section ids to put first, in order. Every id must be a built-in section or
 * one `section-titles` names, so a typo fails instead of being silently ignored; all unknown ids are
 * reported at once, with the known ones.
 * @param items the list input's items; an empty list gives `[]` (the built-in order).
 * @param titles the parsed `section-titles` (their ids are sections too).
 * @throws InputError naming each unknown or repeated id.
 */
function parseSectionOrder(items, titles) {
    const known = [...SECTION_ORDER, ...Object.keys(titles).filter((id) => !SECTION_ORDER.includes(id))];
    const problems = [];
    const order = [];
    for (const item of items) {
        const id = item.trim().toLowerCase();
        if (!known.includes(id)) {
            problems.push({ input: "section-order", problem: `names "${item.trim()}", which is not a section. Use ids from: ${known.join(", ")}` });
        }
        else if (order.includes(id)) {
            problems.push({ input: "section-order", problem: `lists "${id}" twice. List each section once` });
        }
        else {
            order.push(id);
        }
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return order;
}

;// CONCATENATED MODULE: ./src/kernel/common-inputs.ts
const githubTokenInput = {
    kind: "secret",
    description: "Token for the GitHub API. The default is the workflow's token; the CLI reads GITHUB_TOKEN or GH_TOKEN.",
    default: "${{ github.token }}",
    env: ["GITHUB_TOKEN", "GH_TOKEN"],
};
const workingDirectoryInput = {
    kind: "path",
    description: "Directory of the git checkout to work in, relative to the workspace.",
    default: ".",
};
const dryRunInput = {
    kind: "boolean",
    description: "Compute and report everything, write nothing (no tags, releases, comments or traffic changes).",
    default: "false",
};

;// CONCATENATED MODULE: ./src/notes/inputs.ts

const notesInputs = {
    "working-directory": workingDirectoryInput,
    version: {
        kind: "string",
        description: "The version being released (the version action's output); defaults to the tag without its prefix, else to the next version computed as version computes it.",
    },
    tag: { kind: "string", description: "The release tag (the version action's tag output); defaults to the prefix plus the version." },
    "previous-tag": { kind: "string", description: "Start of the range; defaults to the last release tag as version finds it." },
    from: { kind: "string", description: "Start of the range (tag or commit), excluded. Same as previous-tag." },
    to: { kind: "string", default: "HEAD", description: "End of the range, included." },
    "tag-prefix": { kind: "string", default: "v", description: "Prefix of release tags." },
    path: {
        kind: "path",
        description: "Only commits touching this path appear (a monorepo package, as version's path); use with tag-prefix and a per-package changelog.",
    },
    preset: { kind: "enum", values: ["conventionalcommits", "angular"], default: "conventionalcommits", description: "Commit convention." },
    locale: { kind: "enum", values: ["en", "zh-CN"], default: "en", description: "Language of section titles." },
    sections: {
        kind: "list",
        description: "Sections to show, in order of the built-in list (default: breaking, feat, fix, perf, revert); add docs, refactor, test, build, ci or chore to show them.",
    },
    "section-order": {
        kind: "list",
        description: "Order of the sections, one id per line (e.g. fix, feat); sections not listed follow in the built-in order. Ids: breaking, feat, fix, perf, revert, docs, refactor, test, build, ci, chore, or one named in section-titles.",
    },
    "section-titles": {
        kind: "list",
        description: "Custom section titles, one section=Title per line (e.g. feat=New features); a new section id with a title becomes a section.",
    },
    types: {
        kind: "list",
        description: "Extra commit type to section mappings, one type=section per line (e.g. deps=build, improvement=feat).",
    },
    header: {
        kind: "string",
        description: "Markdown above the sections; may use {{version}}, {{tag}}, {{previousTag}}, {{date}} and {{compareUrl}}.",
    },
    footer: {
        kind: "string",
        description: "Markdown below the sections; may use {{version}}, {{tag}}, {{previousTag}}, {{date}} and {{compareUrl}}.",
    },
    template: { kind: "path", description: "A template file for the release body with {{placeholders}} (see docs/notes.md)." },
    contributors: { kind: "boolean", default: "true", description: "List the authors in the range, first-time contributors marked." },
    changelog: { kind: "path", default: "CHANGELOG.md", description: "CHANGELOG file to update; none to skip." },
    "commit-changelog": {
        kind: "enum",
        values: ["none", "git", "api"],
        default: "none",
        description: "How to commit the CHANGELOG: not at all, with git push, or through the API (verified commit).",
    },
    release: { kind: "boolean", default: "true", description: "Create or update the GitHub release (needs a token)." },
    draft: { kind: "boolean", default: "false", description: "Publish the release as a draft." },
    prerelease: {
        kind: "enum",
        values: ["auto", "true", "false"],
        default: "auto",
        description: "Mark the release as a pre-release; auto: when the version has a pre-release part (1.2.0-rc.1).",
    },
    "make-latest": { kind: "enum", values: ["true", "false", "legacy"], default: "true", description: "Mark the release as latest." },
    assets: { kind: "glob", description: "Globs of files to upload as release assets (an asset of the same name is replaced)." },
    "comment-released": { kind: "boolean", default: "false", description: "Comment 'released in vX' on the pull requests and issues in the release." },
    "dry-run": dryRunInput,
    "github-token": githubTokenInput,
};
const notesSpec = {
    name: "notes",
    title: "Shipline notes",
    description: "Write release notes grouped by change type, and publish them idempotently to the GitHub release and CHANGELOG.md.",
    branding: { icon: "file-text", color: "purple" },
    inputs: notesInputs,
    outputs: {
        notes: { description: "The release notes as markdown." },
        "notes-file": { description: "Path of a file holding the notes." },
        "release-id": { description: "ID of the GitHub release created or updated." },
        "release-url": { description: "URL of the GitHub release." },
        "changelog-updated": { description: "true when CHANGELOG.md changed." },
    },
};

;// CONCATENATED MODULE: ./src/notes/command.ts
/**
 * The `notes` command: reads the range from git (streamed), renders with the core, then publishes.
 * Every write checks what exists first, so a re-run after a partial failure finishes the job: the
 * tag is reused when it exists, the release updated, the CHANGELOG section replaced.
 */
























async function resolveRef(git, input, ref) {
    const sha = await git.revParse(ref);
    if (!sha)
        throw new errors/* InputError */.dz({
            input,
            problem: `names "${ref}", which is not a tag, branch or commit in this repository. Check the name, or fetch the tags (fetch-depth: 0)`,
        });
    return sha;
}
/**
 * The version and tag from the inputs, checked: undefined when neither is given (the next version
 * is then computed as version computes it). A version that is not semver is refused before
 * anything is read or written: `1.2` used to land in CHANGELOG.md as `## 1.2` and break the next run.
 */
function names(inputs) {
    const prefix = inputs["tag-prefix"];
    let version = inputs.version?.replace(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`), "");
    const tag = inputs.tag ?? (version ? `${prefix}${version}` : undefined);
    if (!version && tag)
        version = tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
    if (!version || !tag)
        return undefined;
    const bad = checkVersion(version);
    if (bad) {
        throw new errors/* InputError */.dz(inputs.version
            ? { input: "version", problem: `${bad}. Pass the version action's "version" output` }
            : {
                input: "tag",
                problem: `names version "${version}" after the prefix "${prefix}", which ${bad.replace(/; got .*$/, "")}. Pass a release tag like ${prefix}1.4.0, or set tag-prefix`,
            });
    }
    if (tag !== `${prefix}${version}`) {
        throw new errors/* InputError */.dz({
            input: "tag",
            problem: `"${tag}" does not match version "${version}" with tag-prefix "${prefix}" (expected "${prefix}${version}"). Pass matching values, or set tag-prefix`,
        });
    }
    return { version, tag };
}
/**
 * No version given: the next version, computed by the release domain exactly as `shipline version`
 * computes it on this branch with its defaults, so the notes preview the coming release.
 */
async function computeNames(git, ctx, inputs, toSha, pathFromTop) {
    const head = await git.revParse("HEAD");
    if (head !== toSha)
        throw new errors/* InputError */.dz({
            input: "version",
            problem: `is required when "to" is not HEAD ("${inputs.to}"): the next version is computed at HEAD. Pass the version action's outputs, e.g. version: \${{ steps.version.outputs.version }}`,
        });
    const prefix = inputs["tag-prefix"];
    const branch = await git.currentBranch();
    const { next, state } = await readNextRelease(git, {
        preset: inputs.preset,
        rules: [],
        tagPrefix: prefix,
        path: pathFromTop,
        branch: branchKind(branch) ?? { kind: "release" },
        initialVersion: "1.0.0",
        overrideBump: "auto",
        overrideVersion: undefined,
        channel: undefined,
        zeroMajorBreakingIsMinor: true,
        maxItems: 0,
    });
    if (next.errors.length > 0)
        throw new errors/* InputError */.dz({ input: "version", problem: `is not set, and the next version cannot be computed: ${next.errors.join("; ")}. Pass the version` });
    if (!next.released)
        throw new errors/* InputError */.dz({
            input: "version",
            problem: `is not set, and no commit since ${state.lastRelease?.tag ?? "the start"} calls for a release (${next.reason}), so there is no next version to write notes for. Pass the version to write them anyway`,
        });
    ctx.runtime.log.info(`No version given: the next version is ${next.version} (${next.reason}), as shipline version computes it.`);
    return { version: next.version, tag: `${prefix}${next.version}` };
}
/**
 * Streams the range (the release domain's one log reader) into the notes collector, a pure core
 * like version's change planner: it keeps what the notes render, cancels reverts with the one
 * revert matcher version uses, and collapses duplicates. Authors are noted on the way.
 *
 * PR merge commits are noted while streaming; only when there is one is the commit graph read
 * (readMergedPullRequests), so squash-merge histories pay nothing for it: keeping every commit's
 * parents during the log cost 80 MB more peak memory on the 100k-commit benchmark. With `inPath`,
 * the log still walks the whole range, so merges that touch no file under the path still link their
 * branch commits, but only commits in `inPath` give changes and authors.
 */
/** The type of a conventional header, read without parsing the message. */
const TYPE_OF = /^([A-Za-z][\w-]*)(?:\([^()\r\n]*\))?!?: /;
async function readRange(git, from, to, inputs, visible, typeMap, inPath) {
    const collector = createNotesCollector({ visible, typeMap });
    const wantedType = (type) => {
        const lower = type.toLowerCase();
        return lower === "revert" || visible.has(typeMap[lower] ?? lower);
    };
    const authors = new Map();
    let lastAuthor;
    const prMerges = new Map();
    let commits = 0;
    const boundary = [];
    await streamLog(git, { revs: [from ? `${from}..${to}` : to], boundary: from !== undefined, authors: true }, (commit) => {
        const { sha, message } = commit;
        if (commit.boundary) {
            boundary.push(sha);
            return;
        }
        if (message.startsWith("Merge")) {
            const nl = message.indexOf("\n");
            const pr = parseMergedPr(nl === -1 ? message : message.slice(0, nl));
            if (pr !== undefined)
                prMerges.set(sha, pr);
        }
        if (inPath && !inPath.has(sha))
            return;
        commits++;
        const key = commit.authorEmail.toLowerCase();
        // Re-set so the Map's order ends with the oldest appearance of each author. In a run of commits
        // by one author (the rule) the entry is already last: a delete and a set per commit was 10 ms
        // of the 100k-commit benchmark (a Map compacts its deleted entries), so only a change is stored.
        if (key !== lastAuthor) {
            authors.delete(key);
            authors.set(key, { name: commit.authorName, email: commit.authorEmail });
            lastAuthor = key;
        }
        else {
            const known = authors.get(key);
            if (known.name !== commit.authorName || known.email !== commit.authorEmail)
                authors.set(key, { name: commit.authorName, email: commit.authorEmail });
        }
        // A plain change of a hidden type matters only as a target of a revert: with none pending,
        // the collector would drop it, so it is not parsed at all.
        const plain = plainChangeType(message, inputs.preset);
        if (plain !== undefined && !collector.wantsPlain(plain))
            return;
        // Else a commit of a hidden type is only matched against pending reverts: parse it light (no
        // references, body or footers), which is most of the parsing time on large ranges. A breaking
        // one (`chore!:`, a BREAKING CHANGE footer) is listed, so it is read in full, references too.
        const t = TYPE_OF.exec(message);
        const light = t !== null && !t[0].endsWith("!: ") && !message.includes("BREAKING") && !wantedType(t[1]);
        for (const c of inheritHeaderPullRequest(parseCommit(sha, message, { preset: inputs.preset, light })))
            collector.add(c);
    });
    const changes = collector.finish();
    const mergedPrOf = prMerges.size > 0 ? await readMergedPullRequests(git, from, to, prMerges) : new Map();
    const mergedPrs = new Set();
    if (!inPath)
        for (const pr of prMerges.values())
            mergedPrs.add(pr);
    else
        for (const sha of inPath)
            if (mergedPrOf.has(sha))
                mergedPrs.add(mergedPrOf.get(sha));
    return { changes: linkPullRequests(changes, mergedPrOf), commits, authors, boundary, mergedPrs };
}
/**
 * Reads the range's commit graph (`git rev-list --parents`, no messages) and maps each commit a PR
 * merge brought in to the PR (computeMergedPullRequests). `prMerges`: merge SHA -> PR number.
 */
async function readMergedPullRequests(git, from, to, prMerges) {
    const graph = [];
    await git.stream(["rev-list", "--parents", from ? `${from}..${to}` : to], (record) => {
        const line = record.trim();
        if (line === "")
            return;
        const [sha, ...parents] = line.split(" ");
        graph.push({ sha, parents, mergedPr: prMerges.get(sha) });
    }, 10);
    return computeMergedPullRequests(graph);
}
/** Authors (the first 100) checked for an earlier commit; the rest are not marked first-time. */
const MAX_FIRST_TIME_CHECKS = 100;
async function contributorsOf(git, range, from) {
    const people = [...range.authors.values()].reverse().map((a) => ({ name: a.name, email: a.email, firstTime: !from }));
    // First-time contributors: no commit before the range. One walk of the history below it for all
    // authors at once, stopped as soon as each has shown up: a lookup per author walked the whole
    // history for every first-time author (20 new authors above a 100k-commit history: 9.7 s, now 0.75 s).
    // git matches the --author patterns against the identity as .mailmap maps it (log.mailmap, on by
    // default) or as written: both are printed, so either counts as git counted it.
    if (from) {
        const checked = people.slice(0, MAX_FIRST_TIME_CHECKS);
        const unseen = new Set(checked.map((c) => `<${c.email}>`));
        try {
            if (unseen.size > 0) {
                const authorArgs = [...unseen].map((p) => `--author=${p}`);
                await git.stream(["log", "--format=%an <%ae>%x09%aN <%aE>", "--fixed-strings", ...authorArgs, from], (ident) => {
                    for (const p of unseen)
                        if (ident.includes(p))
                            unseen.delete(p);
                    return unseen.size > 0;
                }, 10);
            }
            for (const c of checked)
                c.firstTime = unseen.has(`<${c.email}>`);
        }
        catch {
            // As when each author was looked up on its own: an unreadable history marks nobody.
            for (const c of checked)
                c.firstTime = false;
        }
    }
    return people;
}
/** Compare pages read at most (100 commits each) before the remaining authors stay plain names. */
const MAX_COMPARE_PAGES = 50;
const COMPARE_PAGE = 100;
/** `12345+login@users.noreply.github.com` (and the older `login@users.noreply.github.com`) name the login. */
const NOREPLY = /^(?:\d+\+)?([A-Za-z\d](?:[A-Za-z\d-]*[A-Za-z\d])?)@users\.noreply\.github\.com$/i;
/**
 * Resolves authors to GitHub logins: noreply addresses offline, then the compare API one page of
 * 100 commits at a time (the first page alone holds at most 250 commits, so a big release used to
 * leave most authors unresolved), stopping as soon as every author is known. `logins` caches the
 * answers by lower-cased email for the run: each page fills it with every author it lists. A first
 * release has no `from`: the compare then starts at the root commit, whose own author is looked up
 * separately if still unknown. A failure leaves the plain names (the notes do not need logins).
 */
async function resolveLogins(ctx, git, from, to, people, logins) {
    const missing = () => people.filter((p) => !logins.has(p.email.toLowerCase()));
    for (const p of people) {
        const m = NOREPLY.exec(p.email);
        if (m)
            logins.set(p.email.toLowerCase(), m[1]);
    }
    try {
        if (missing().length > 0 && ctx.hasToken()) {
            const base = from ?? (await git.run(["rev-list", "--max-parents=0", to])).split("\n")[0]?.trim();
            if (base && base !== to) {
                for (let page = 1; page <= MAX_COMPARE_PAGES && missing().length > 0; page++) {
                    const { commits } = (await ctx.github().repository.compare(base, to, page, COMPARE_PAGE));
                    for (const c of commits) {
                        const email = c.commit.author?.email?.toLowerCase();
                        if (email && c.author?.login && !logins.has(email))
                            logins.set(email, c.author.login);
                    }
                    if (commits.length < COMPARE_PAGE)
                        break;
                    if (page === MAX_COMPARE_PAGES)
                        ctx.runtime.log.debug(`Stopped resolving logins after ${page * COMPARE_PAGE} commits.`);
                }
            }
            // The compare excludes its base: on a first release that is the root commit.
            if (!from && base) {
                const rootAuthor = (await git.run(["log", "-1", "--format=%ae", base])).trim().toLowerCase();
                if (missing().some((p) => p.email.toLowerCase() === rootAuthor)) {
                    const root = (await ctx.github().repository.getCommit(base));
                    if (root.author?.login)
                        logins.set(rootAuthor, root.author.login);
                }
            }
        }
    }
    catch (e) {
        ctx.runtime.log.debug(`Could not resolve contributors' logins: ${e.message}`);
    }
    for (const p of people)
        p.login = logins.get(p.email.toLowerCase());
}
/**
 * The branch being released: the run's branch (`GITHUB_REF`), else the repository's default branch
 * from the event, else the checked-out branch. The CHANGELOG is committed there, after the tag.
 */
async function releaseBranch(ctx, git) {
    if (ctx.context.refName && ctx.context.ref?.startsWith("refs/heads/"))
        return ctx.context.refName;
    const repo = ctx.context.payload.repository;
    if (typeof repo?.default_branch === "string" && repo.default_branch)
        return repo.default_branch;
    return git.currentBranch();
}
function repoUrl(ctx) {
    const r = ctx.context.repository;
    return r ? `${ctx.context.serverUrl}/${r.owner}/${r.repo}` : undefined;
}
async function writeChangelog(inputs, ctx, cwd, version, section) {
    if (!inputs.changelog || /^(none|false)$/i.test(inputs.changelog))
        return undefined;
    const path = (0,external_node_path_.resolve)(cwd, inputs.changelog);
    let existing;
    try {
        existing = (0,external_node_fs_.readFileSync)(path, "utf8");
    }
    catch (e) {
        const code = e.code;
        if (code !== "ENOENT")
            throw new errors/* InputError */.dz({ input: "changelog", problem: `names "${inputs.changelog}", which cannot be read (${code}). Point it at a writable file` });
    }
    const bad = existing === undefined ? [] : findBadVersionHeadings(existing);
    if (bad.length > 0)
        throw new errors/* InputError */.dz(bad.map((h) => ({
            input: "changelog",
            problem: `names "${inputs.changelog}", whose heading on line ${h.line} ("${h.heading}") has version "${h.version}", which ${h.problem.replace(/; got .*$/, "")}. Fix the heading (e.g. ## ${h.version.split(".").concat("0", "0").slice(0, 3).join(".")}); nothing was written`,
        })));
    const update = upsertChangelogSection(existing, version, section);
    if (update.changed && !inputs["dry-run"]) {
        try {
            (0,kernel_files/* ensureDirectory */.EA)((0,external_node_path_.dirname)(path));
            (0,external_node_fs_.writeFileSync)(path, ctx.runtime.redactor.redact(update.content), "utf8");
        }
        catch (e) {
            throw new errors/* InputError */.dz({
                input: "changelog",
                problem: `names "${inputs.changelog}", which cannot be written (${e.code}). Point it at a writable path`,
            });
        }
    }
    ctx.runtime.log.info(`${inputs.changelog}: section ${version} ${update.action}${inputs["dry-run"] ? " (dry run: not written)" : ""}.`);
    return { path, content: update.content, changed: update.changed, version, section };
}
async function commitChangelog(inputs, ctx, git, file, tag) {
    const mode = inputs["commit-changelog"];
    if (mode === "none" || inputs["dry-run"])
        return;
    const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
    const rel = (0,external_node_path_.relative)(top, file.path);
    const branch = await releaseBranch(ctx, git);
    if (!branch)
        throw new errors/* InputError */.dz({
            input: "commit-changelog",
            problem: `is "${mode}" but HEAD is not on a branch, so there is nowhere to commit. Run on a branch or set commit-changelog: none`,
        });
    const message = `chore(release): ${tag} [skip ci]`;
    if (mode === "api") {
        // The section is inserted into the branch's current file, not the checkout's: a line committed
        // to the branch after the checkout survives, and a re-run finds the section there (unchanged).
        const done = await ctx.github().contents.update(rel, branch, (current) => upsertChangelogSection(current, file.version, file.section).content, message);
        if (done.action === "unchanged")
            ctx.runtime.log.info(`${rel} on ${branch} already has this content; nothing to commit.`);
        else
            ctx.runtime.log.info(`Committed ${rel} to ${branch} through the API (${(done.commitSha ?? "").slice(0, 7)}).`);
        return;
    }
    await git.run(["add", "--", rel]);
    const staged = await git.exec(["diff", "--cached", "--quiet", "--", rel], { okCodes: [0, 1] });
    // Nothing new to commit: done, unless HEAD is this release's commit left unpushed by a run whose
    // push failed (pushing an already pushed commit changes nothing).
    if (staged.exitCode === 0 && (await git.run(["log", "-1", "--format=%s"])).trim() !== message)
        return;
    if (staged.exitCode !== 0)
        await git.run([
            "-c",
            "user.name=github-actions[bot]",
            "-c",
            "user.email=41898282+github-actions[bot]@users.noreply.github.com",
            "commit",
            "-q",
            "-m",
            message,
            "--",
            rel,
        ]);
    const remote = (await git.run(["remote"])).split("\n")[0]?.trim();
    if (remote)
        await git.run(["push", remote, `HEAD:refs/heads/${branch}`]);
}
async function publishRelease(inputs, ctx, git, tag, version, targetSha, body, existingTag) {
    if (!inputs.release)
        return undefined;
    if (!ctx.hasToken()) {
        ctx.runtime.log.notice("No GitHub token: the release was not published (the notes are in the outputs and the CHANGELOG).");
        return undefined;
    }
    if (inputs["dry-run"])
        return undefined;
    const gh = ctx.github();
    const prerelease = inputs.prerelease === "auto" ? semver_default().prerelease(version) !== null : inputs.prerelease === "true";
    const fields = { name: tag, body, draft: inputs.draft, prerelease, make_latest: prerelease ? "false" : inputs["make-latest"] };
    // The tag first, through the API, so the release never points at a moving branch. A tag found
    // at another commit was refused in run() before anything was written.
    if (!existingTag)
        await writeReleaseTag(git, ctx, { tag, sha: targetSha, message: `Release ${version}`, method: "api", checked: true });
    let release = await gh.releases.findByTag(tag);
    if (release) {
        release = await gh.releases.update(release.id, { ...fields, body: mergeKeepBlocks(release.body, body) });
    }
    else {
        try {
            release = await gh.releases.create({ tag_name: tag, ...fields });
        }
        catch (e) {
            if (!(0,github/* isAlreadyExists */.x9)(e))
                throw e;
            const raced = await gh.releases.findByTag(tag);
            if (!raced)
                throw e;
            release = await gh.releases.update(raced.id, { ...fields, body: mergeKeepBlocks(raced.body, body) });
        }
    }
    return { id: release.id, url: release.html_url };
}
async function uploadAssets(inputs, ctx, cwd, releaseId) {
    if (inputs.assets.length === 0)
        return 0;
    const files = await (0,kernel_files/* expandGlobs */.GE)(inputs.assets, cwd);
    if (files.length === 0)
        throw new errors/* InputError */.dz({
            input: "assets",
            problem: `matched no file (${inputs.assets.join(", ")}, relative to ${cwd}). Check the globs, or build the assets first`,
        });
    const gh = ctx.github();
    const release = await gh.releases.get(releaseId);
    for (const file of files) {
        const name = (0,external_node_path_.basename)(file);
        // The new file is uploaded before the old one is deleted: a failed upload loses nothing.
        const { replaced } = await gh.releases.putAsset(release, name, (0,external_node_fs_.readFileSync)(file));
        ctx.runtime.log.info(`Uploaded ${name}${replaced ? " (replaced the old one)" : ""}.`);
    }
    return files.length;
}
async function commentReleased(ctx, changes, mergedPrs, tag, url) {
    const numbers = new Set(mergedPrs);
    for (const c of changes) {
        if (c.pullRequest)
            numbers.add(c.pullRequest);
        for (const r of c.references)
            if (r.action && !r.owner)
                numbers.add(r.number);
    }
    const gh = ctx.github();
    // A marker per tag makes a re-run update instead of commenting twice; the client paces writes.
    for (const n of [...numbers].slice(0, 50)) {
        await (0,github/* optionalWrite */.w3)(ctx.runtime.log, ctx.context, `the "released" comment on #${n}`, () => gh.comments.upsertSticky(n, `<!-- shipline:released:${tag} -->`, `Released in ${url ? `[${tag}](${url})` : tag}.`));
    }
}
/** `path` resolved inside the repository, as version checks its own path input. */
async function resolvePath(git, cwd, input) {
    // Relative to the working directory, where git runs: git reads pathspecs from there.
    return input ? (await resolveRepoPath(git, cwd, input)).fromCwd : undefined;
}
/**
 * The commits of the range that touch `path`, with the history simplification `git log -- path`
 * applies (the same set version counts for its path input).
 */
async function readPathCommits(git, from, to, path) {
    const out = await git.run(["rev-list", from ? `${from}..${to}` : to, "--", path]);
    return new Set(out.split("\n").filter(Boolean));
}
/** The header or footer input, checked: every problem is reported with its line before any work. */
function readTemplateText(input, text) {
    if (!text)
        return undefined;
    const problems = checkTemplate(text, HEADER_FIELDS);
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems.map((p) => ({ input, problem: `line ${p.line}: ${p.message}. Fix it; docs/notes.md lists the placeholders` })));
    return text;
}
/** The CHANGELOG's path from the repository root, with forward slashes, for a link on GitHub. */
async function changelogLinkPath(git, cwd, changelog) {
    const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
    return (0,external_node_path_.relative)(top, (0,external_node_path_.resolve)(cwd, changelog)).split(external_node_path_.sep).join("/");
}
async function run(inputs, ctx) {
    const { runtime } = ctx;
    const cwd = (0,external_node_path_.resolve)(runtime.cwd, inputs["working-directory"]);
    const git = await openRepository(cwd, ctx);
    await ensureFullHistory(git, ctx);
    const given = names(inputs);
    const config = parseSectionConfig(inputs.types, inputs["section-titles"]);
    const sectionOrder = parseSectionOrder(inputs["section-order"], config.titles);
    const header = readTemplateText("header", inputs.header);
    const footer = readTemplateText("footer", inputs.footer);
    const path = await resolvePath(git, cwd, inputs.path);
    const visible = new Set(inputs.sections.length > 0 ? inputs.sections.map((s) => s.toLowerCase()) : DEFAULT_VISIBLE);
    // A section the user titled themselves is wanted: show it without also listing it in `sections`.
    for (const id of Object.keys(config.titles))
        if (!SECTION_ORDER.includes(id))
            visible.add(id);
    const toSha = await resolveRef(git, "to", inputs.to);
    const { version, tag } = given ?? (await computeNames(git, ctx, inputs, toSha, inputs.path ? (await resolveRepoPath(git, cwd, inputs.path)).fromTop : undefined));
    // A tag already made at another commit is refused before anything is written.
    const localTag = await git.revParse(`refs/tags/${tag}`);
    if (localTag && localTag !== toSha)
        throw new TagConflictError(tag, localTag, toSha, "in this repository");
    let fromRef = inputs.from ?? inputs["previous-tag"];
    const fromInput = inputs.from ? "from" : "previous-tag";
    let fromSha;
    if (fromRef) {
        fromSha = await resolveRef(git, fromInput, fromRef);
    }
    else {
        // The last release before this one: when the new tag already exists, start below it.
        const state = await findLastRelease(git, { tagPrefix: inputs["tag-prefix"], head: localTag ? `refs/tags/${tag}^` : toSha });
        fromRef = state.lastRelease && state.lastRelease.tag !== tag ? state.lastRelease.tag : undefined;
    }
    const inPath = path ? await readPathCommits(git, fromRef, toSha, path) : undefined;
    const range = await readRange(git, fromRef, toSha, inputs, visible, config.typeMap, inPath);
    // `from` must be an ancestor of `to`: otherwise from..to is empty (to before from) or holds the
    // commits of another line of history (from on a side branch). The log's boundary answers that
    // without a separate `merge-base --is-ancestor` walk (1.4 s on 100k commits).
    if (fromSha && fromSha !== toSha && !range.boundary.includes(fromSha)) {
        throw new errors/* InputError */.dz({
            input: "to",
            problem: `("${inputs.to}") is not after "${fromRef}": the range ${fromRef}..${inputs.to} would be empty or wrong. Swap them, or pass the right previous tag`,
        });
    }
    const kept = range.changes;
    const contributors = inputs.contributors ? await contributorsOf(git, range, fromRef) : [];
    // The compare API wants commits it can find: a SHA works for tags and branches alike.
    if (inputs.contributors && contributors.length > 0) {
        await resolveLogins(ctx, git, fromRef ? (fromSha ?? (await git.revParse(fromRef))) : undefined, toSha, contributors, new Map());
    }
    const url = repoUrl(ctx);
    const date = runtime.now().toISOString().slice(0, 10);
    const rendered = renderNotes({
        version,
        tag,
        previousTag: fromRef,
        date,
        repoUrl: url,
        changes: kept,
        contributors,
        locale: inputs.locale,
        visible,
        titles: config.titles,
        typeMap: config.typeMap,
        sectionOrder,
        ...(header ? { header } : {}),
        ...(footer ? { footer } : {}),
    });
    let body = rendered.body;
    if (inputs.template) {
        const file = (0,external_node_path_.resolve)(cwd, inputs.template);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, "utf8");
        }
        catch (e) {
            throw new errors/* InputError */.dz({ input: "template", problem: `names a file that cannot be read: "${inputs.template}" (${e.code})` });
        }
        const problems = checkTemplate(text);
        if (problems.length > 0) {
            // ConfigError prints "file:line: " before each problem: one line for all when they share it,
            // else each problem names its own line.
            const oneLine = problems.every((p) => p.line === problems[0]?.line);
            throw new errors/* ConfigError */.xL(inputs.template, problems.map((p) => (oneLine ? p.message : `line ${p.line}: ${p.message}`)), { ...(oneLine ? { line: problems[0]?.line } : {}), hint: "Fix the template; docs/notes.md lists the placeholders." });
        }
        body = renderTemplate(text, {
            version,
            tag,
            previous_tag: fromRef ?? "",
            date,
            sections: rendered.parts.sections,
            contributors: rendered.parts.contributors,
            compare_url: rendered.parts.compareUrl,
            header: rendered.parts.header,
            footer: rendered.parts.footer,
        });
    }
    const hasChangelog = Boolean(inputs.changelog) && !/^(none|false)$/i.test(inputs.changelog);
    let changelogUrl;
    if (url && hasChangelog) {
        // The CHANGELOG is committed after the tag, so the tag's copy never has this version's
        // section: link the branch being released (HEAD: GitHub's default branch when unknown).
        const branch = (await releaseBranch(ctx, git)) ?? "HEAD";
        changelogUrl = `${url}/blob/${encodeURI(branch)}/${encodeURI(await changelogLinkPath(git, cwd, inputs.changelog))}`;
    }
    const fitted = fitReleaseBody(body, changelogUrl);
    if (fitted.truncated)
        runtime.log.warning(`The notes are longer than GitHub's 125,000-character limit for a release; the release body was cut at an entry and links to the CHANGELOG.`);
    // Read-only check before any write: a tag on GitHub at another commit fails the run here.
    const publishing = inputs.release && ctx.hasToken();
    const remoteTag = publishing ? await ctx.github().refs.resolveTag(tag) : undefined;
    if (remoteTag && remoteTag !== toSha)
        throw new TagConflictError(tag, remoteTag, toSha, "on GitHub");
    const changelog = await writeChangelog(inputs, ctx, cwd, version, rendered.changelogSection);
    const notesFile = (0,external_node_path_.join)(runtime.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), `shipline-notes-${tag.replace(/[^\w.-]/g, "_")}.md`);
    (0,external_node_fs_.writeFileSync)(notesFile, runtime.redactor.redact(body), "utf8");
    runtime.setOutput("notes", body);
    runtime.setOutput("notes-file", notesFile);
    // A dry run writes nothing, so nothing was updated, whatever the file would get.
    runtime.setOutput("changelog-updated", (changelog?.changed ?? false) && !inputs["dry-run"]);
    // Publishing order: tag and release, then the CHANGELOG commit; each step is idempotent.
    const release = await publishRelease(inputs, ctx, git, tag, version, toSha, fitted.body, remoteTag);
    runtime.setOutput("release-id", release?.id ?? "");
    runtime.setOutput("release-url", release?.url ?? "");
    if (release)
        await uploadAssets(inputs, ctx, cwd, release.id);
    // Also when this checkout's file is already up to date: a run that wrote it and then failed to
    // commit it left it so. commitChangelog finds out whether the branch still needs the commit.
    if (changelog)
        await commitChangelog(inputs, ctx, git, changelog, tag);
    if (inputs["comment-released"] && ctx.hasToken() && !inputs["dry-run"])
        await commentReleased(ctx, kept, range.mergedPrs, tag, release?.url);
    runtime.appendSummary(`## Release notes for ${tag}\n\n${body}`);
    if (inputs["dry-run"])
        runtime.appendSummary("\n_Dry run: nothing was written._\n");
    else if (inputs.release && !ctx.hasToken())
        runtime.appendSummary('\n_The GitHub release was not published: no GitHub token was given. Pass "github-token" (the default is the workflow\'s token) with "permissions: contents: write", or set "release: false" to skip it._\n');
    runtime.log.info(`${rendered.entries} entr${rendered.entries === 1 ? "y" : "ies"} from ${count(range.commits, "commit")}${path ? ` touching ${path}` : ""}${fromRef ? ` since ${fromRef}` : ""}.`);
    return { conclusion: "success" };
}
const notesCommand = defineCommand(notesSpec, run);


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6750);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
