export const id = 164;
export const ids = [164];
export const modules = {

/***/ 5164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadCommand: () => (/* binding */ loadCommand)
/* harmony export */ });
async function loadCommand(name) {
    switch (name) {
        case "gate":
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(3), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 2552))).gateCommand;
        case "version":
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(691), __webpack_require__.e(88), __webpack_require__.e(719), __webpack_require__.e(786)]).then(__webpack_require__.bind(__webpack_require__, 5786))).versionCommand;
        case "notes":
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(719), __webpack_require__.e(874)]).then(__webpack_require__.bind(__webpack_require__, 1493))).notesCommand;
        case "loadtest":
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(691), __webpack_require__.e(960), __webpack_require__.e(214), __webpack_require__.e(682), __webpack_require__.e(101)]).then(__webpack_require__.bind(__webpack_require__, 9101))).loadtestCommand;
        case "deploy":
            return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(691), __webpack_require__.e(960), __webpack_require__.e(214), __webpack_require__.e(682), __webpack_require__.e(442)]).then(__webpack_require__.bind(__webpack_require__, 7442))).deployCommand;
    }
}


/***/ })

};
